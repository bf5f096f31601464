package app.aftercare.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The return-to-exercise rules R1 to R13 of RULES.md, with the numbers of a
 * {@link Timings}. Rule set 2026.1 is this class with {@link Timings#SEED}.
 * <p>
 * Every milestone is {@code treatedAt} plus an elapsed {@link Duration}: across a
 * daylight-saving change, 24 h after 18:00 is 19:00 or 17:00 on the clock, which is
 * correct. Time zones belong to the caller, who shows the instants in the clinic's zone.
 * Adding a symptom never moves a milestone earlier: each rule only pushes milestones
 * later or puts them on hold.
 */
public final class ReturnToExerciseRules implements RuleSet {

	private static final MilestoneCode[] MILESTONES = MilestoneCode.values();

	/**
	 * R7: this many different red flags escalate the delay.
	 */
	private static final int DIFFERENT_RED_FLAGS_TO_ESCALATE = 2;

	/**
	 * R12, by area.
	 */
	private static final Map<Area, AdviceCode> AREA_ADVICE = areaAdvice();

	/**
	 * R13, for every treatment.
	 */
	private static final List<AdviceCode> GENERAL_ADVICE = List.of(AdviceCode.SORENESS_NORMAL,
			AdviceCode.LISTEN_TO_BODY, AdviceCode.HYDRATE, AdviceCode.WARM_COMPRESS);

	private final String version;

	private final Timings timings;

	public ReturnToExerciseRules(String version, Timings timings) {
		this.version = Objects.requireNonNull(version, "version is required");
		this.timings = Objects.requireNonNull(timings, "timings is required");
	}

	private static Map<Area, AdviceCode> areaAdvice() {
		Map<Area, AdviceCode> advice = new EnumMap<>(Area.class);
		advice.put(Area.NECK, AdviceCode.TRIGGER_POINT_RELEASE);
		advice.put(Area.UPPER_TRAPEZIUS, AdviceCode.TRIGGER_POINT_RELEASE);
		advice.put(Area.SHOULDER, AdviceCode.TRIGGER_POINT_RELEASE);
		advice.put(Area.LOWER_BACK, AdviceCode.STRETCH_BEFORE_WORKOUT);
		return Collections.unmodifiableMap(advice);
	}

	@Override
	public String version() {
		return this.version;
	}

	public Timings timings() {
		return this.timings;
	}

	@Override
	public Plan plan(PlanInput input) {
		Instant treatedAt = input.treatedAt();
		Review review = input.review();
		Instant clearedFrom = (review != null) ? review.clearedFrom() : null;

		Draft[] byCode = new Draft[MILESTONES.length];
		Draft lightActivity = Draft.of(MilestoneCode.LIGHT_ACTIVITY, byCode)
			.notBefore(treatedAt.plus(this.timings.lightActivity()), RuleId.R1);
		Draft gentleStretching = Draft.of(MilestoneCode.GENTLE_STRETCHING, byCode)
			.notBefore(treatedAt.plus(this.timings.gentleStretching()), RuleId.R4);
		Draft.of(MilestoneCode.ALCOHOL_CAFFEINE, byCode)
			.notBefore(treatedAt.plus(this.timings.alcoholCaffeine()), RuleId.R5);
		Draft lightExercise = Draft.of(MilestoneCode.LIGHT_EXERCISE, byCode)
			.notBefore(treatedAt.plus(this.timings.lightExercise()), RuleId.R2);
		Draft fullTraining = Draft.of(MilestoneCode.FULL_TRAINING, byCode)
			.notBefore(treatedAt.plus(this.timings.fullTraining()), RuleId.R2);

		if (hasLoadFactor(input)) {
			fullTraining.notBefore(treatedAt.plus(this.timings.loadedFullTraining()), RuleId.R3);
		}
		RedFlags redFlags = redFlagsNotCleared(input, clearedFrom);
		applyRedFlags(redFlags, treatedAt, lightExercise, fullTraining);
		boolean urgent = urgentSignNotCleared(input.symptoms(), clearedFrom);
		if (urgent) {
			holdForUrgentCare(gentleStretching, lightExercise, fullTraining);
		}
		if (review != null) {
			applyReview(review, byCode);
		}
		keepInOrder(lightActivity, gentleStretching, lightExercise, fullTraining);

		List<Milestone> milestones = new ArrayList<>(byCode.length);
		for (Draft draft : byCode) {
			milestones.add(draft.build());
		}
		return new Plan(this.version, treatedAt, milestones, advice(input.areas()), safetyNet(input.areas()), urgent,
				redFlags.contactPhysio());
	}

	/**
	 * R3: a strong dose, a large area or a sensitive area.
	 */
	private static boolean hasLoadFactor(PlanInput input) {
		if (input.intensity() == Intensity.STRONG || input.sensitiveArea()) {
			return true;
		}
		for (TreatedArea treated : input.areas()) {
			if (treated.area().size() == AreaSize.LARGE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The red flags R6 to R8 look at: a review's {@code clearedFrom} lifts every red flag
	 * reported up to it (R9); later reports count as usual. The same symptom reported
	 * twice is one red flag.
	 */
	private RedFlags redFlagsNotCleared(PlanInput input, Instant clearedFrom) {
		Instant persistingFrom = input.treatedAt().plus(this.timings.persistingRedFlag());
		Instant contactPhysioFrom = input.treatedAt().plus(this.timings.contactPhysioRedFlag());
		EnumSet<Symptom> different = EnumSet.noneOf(Symptom.class);
		boolean persisting = false;
		boolean late = false;
		for (ObservedSymptom observed : input.symptoms()) {
			if (!observed.symptom().redFlag() || clearedBy(clearedFrom, observed)) {
				continue;
			}
			different.add(observed.symptom());
			persisting |= !observed.reportedAt().isBefore(persistingFrom);
			late |= !observed.reportedAt().isBefore(contactPhysioFrom);
		}
		boolean any = !different.isEmpty();
		boolean escalated = different.size() >= DIFFERENT_RED_FLAGS_TO_ESCALATE || persisting;
		return new RedFlags(any, escalated, late);
	}

	private static boolean clearedBy(Instant clearedFrom, ObservedSymptom observed) {
		return clearedFrom != null && !observed.reportedAt().isAfter(clearedFrom);
	}

	/**
	 * R6 (any red flag), R7 (escalated) and R8 (reported late: on hold, contact the
	 * physiotherapist) on LIGHT_EXERCISE and FULL_TRAINING.
	 */
	private void applyRedFlags(RedFlags redFlags, Instant treatedAt, Draft lightExercise, Draft fullTraining) {
		if (redFlags.any()) {
			Instant notBefore = treatedAt.plus(this.timings.redFlag());
			lightExercise.notBefore(notBefore, RuleId.R6);
			fullTraining.notBefore(notBefore, RuleId.R6);
		}
		if (redFlags.escalated()) {
			Instant notBefore = treatedAt.plus(this.timings.escalatedRedFlag());
			lightExercise.notBefore(notBefore, RuleId.R7);
			fullTraining.notBefore(notBefore, RuleId.R7);
		}
		if (redFlags.contactPhysio()) {
			lightExercise.hold(RuleId.R8);
			fullTraining.hold(RuleId.R8);
		}
	}

	/**
	 * R10 applies to any urgent sign, unless a review cleared from after the latest
	 * urgent-sign report: the physiotherapist has then seen the patient after urgent care
	 * (R9).
	 */
	private static boolean urgentSignNotCleared(List<ObservedSymptom> symptoms, Instant clearedFrom) {
		Instant latest = null;
		for (ObservedSymptom observed : symptoms) {
			if (observed.symptom().urgentSign() && (latest == null || observed.reportedAt().isAfter(latest))) {
				latest = observed.reportedAt();
			}
		}
		return latest != null && (clearedFrom == null || !clearedFrom.isAfter(latest));
	}

	/**
	 * R10: every exercise milestone on hold. Light activity and the alcohol and caffeine
	 * advice keep their times.
	 */
	private static void holdForUrgentCare(Draft gentleStretching, Draft lightExercise, Draft fullTraining) {
		gentleStretching.hold(RuleId.R10);
		lightExercise.hold(RuleId.R10);
		fullTraining.hold(RuleId.R10);
	}

	/**
	 * R9: exercise starts no earlier than {@code clearedFrom}, and FULL_TRAINING keeps
	 * its R2/R3 time, already in its draft. An extension moves a milestone later but
	 * never takes it off hold.
	 */
	private static void applyReview(Review review, Draft[] byCode) {
		Instant clearedFrom = review.clearedFrom();
		if (clearedFrom != null) {
			byCode[MilestoneCode.LIGHT_EXERCISE.ordinal()].notBefore(clearedFrom, RuleId.R9);
			byCode[MilestoneCode.FULL_TRAINING.ordinal()].notBefore(clearedFrom, RuleId.R9);
		}
		review.extendedTo().forEach((code, to) -> {
			Draft draft = byCode[code.ordinal()];
			if (!draft.onHold) {
				draft.notBefore(to, RuleId.R9);
			}
		});
	}

	/**
	 * Only a review's extension can move a milestone past the next one in the patient's
	 * progression; the next one then follows it, under R9.
	 */
	private static void keepInOrder(Draft... progression) {
		for (int i = 1; i < progression.length; i++) {
			Draft previous = progression[i - 1];
			Draft next = progression[i];
			if (!previous.onHold && !next.onHold && next.from.isBefore(previous.from)) {
				next.notBefore(previous.from, RuleId.R9);
			}
		}
	}

	/**
	 * R12 in area-catalogue order, without repeats, then R13.
	 */
	private static List<AdviceCode> advice(List<TreatedArea> areas) {
		EnumSet<Area> treated = EnumSet.noneOf(Area.class);
		for (TreatedArea area : areas) {
			treated.add(area.area());
		}
		List<AdviceCode> advice = new ArrayList<>(GENERAL_ADVICE.size() + 2);
		for (Area area : treated) {
			AdviceCode areaAdvice = AREA_ADVICE.get(area);
			if (areaAdvice != null && !advice.contains(areaAdvice)) {
				advice.add(areaAdvice);
			}
		}
		advice.addAll(GENERAL_ADVICE);
		return advice;
	}

	/**
	 * R11: any chest-risk area.
	 */
	private static boolean safetyNet(List<TreatedArea> areas) {
		for (TreatedArea area : areas) {
			if (area.area().chestRisk()) {
				return true;
			}
		}
		return false;
	}

	private record RedFlags(boolean any, boolean escalated, boolean contactPhysio) {
	}

	/**
	 * A milestone while the rules are applied to it: each rule may only push it later or
	 * put it on hold, and records itself as provenance.
	 */
	private static final class Draft {

		private final MilestoneCode code;

		private final EnumSet<RuleId> rules = EnumSet.noneOf(RuleId.class);

		private Instant from;

		private boolean onHold;

		private Draft(MilestoneCode code) {
			this.code = code;
		}

		/**
		 * A new draft, kept in {@code byCode} at its code's index.
		 */
		static Draft of(MilestoneCode code, Draft[] byCode) {
			Draft draft = new Draft(code);
			byCode[code.ordinal()] = draft;
			return draft;
		}

		Draft notBefore(Instant instant, RuleId rule) {
			if (this.from == null || instant.isAfter(this.from)) {
				this.from = instant;
			}
			this.rules.add(rule);
			return this;
		}

		void hold(RuleId rule) {
			this.onHold = true;
			this.rules.add(rule);
		}

		Milestone build() {
			List<RuleId> provenance = List.copyOf(this.rules);
			return this.onHold ? Milestone.held(this.code, provenance) : Milestone.at(this.code, this.from, provenance);
		}

	}

}
