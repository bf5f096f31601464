package app.aftercare.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Test data builder: {@code aTreatment().onLowerBack().strong().build()}. Local times are
 * read in the treatment's zone (Europe/London unless told), and relative times are
 * elapsed from {@code treatedAt}, whatever the order of the calls.
 */
final class PlanInputs {

	static final String LONDON = "Europe/London";

	private ZoneId zone = ZoneId.of(LONDON);

	private String treatedAtLocal = "2026-05-12T10:00";

	private Instant treatedAtInstant;

	private final List<TreatedArea> areas = new ArrayList<>();

	private Intensity intensity = Intensity.MODERATE;

	private boolean sensitiveArea;

	private final List<Function<Instant, ObservedSymptom>> symptoms = new ArrayList<>();

	private boolean reviewed;

	private Function<Instant, Instant> clearedFrom = (treatedAt) -> null;

	private final Map<MilestoneCode, Function<Instant, Instant>> extensions = new EnumMap<>(MilestoneCode.class);

	private PlanInputs() {
	}

	/**
	 * Forearm and hand, moderate, not sensitive, 2026-05-12 10:00 in London, no symptoms:
	 * a treatment no rule beyond the defaults applies to.
	 */
	static PlanInputs aTreatment() {
		return new PlanInputs();
	}

	PlanInputs on(Area area) {
		return on(area, null);
	}

	PlanInputs on(Area area, Side side) {
		this.areas.add(new TreatedArea(area, side));
		return this;
	}

	PlanInputs onLowerBack() {
		return on(Area.LOWER_BACK);
	}

	PlanInputs onNeck() {
		return on(Area.NECK);
	}

	PlanInputs onForearmAndHand() {
		return on(Area.FOREARM_HAND);
	}

	PlanInputs onCalf() {
		return on(Area.CALF);
	}

	PlanInputs light() {
		this.intensity = Intensity.LIGHT;
		return this;
	}

	PlanInputs moderate() {
		this.intensity = Intensity.MODERATE;
		return this;
	}

	PlanInputs strong() {
		this.intensity = Intensity.STRONG;
		return this;
	}

	PlanInputs sensitive() {
		this.sensitiveArea = true;
		return this;
	}

	/**
	 * Treated at a wall-clock time of a zone, e.g. {@code ("2026-05-12T10:00",
	 * "Europe/London")}; local times given later are read in the same zone.
	 */
	PlanInputs treatedAt(String localDateTime, String zone) {
		this.zone = ZoneId.of(zone);
		this.treatedAtLocal = localDateTime;
		this.treatedAtInstant = null;
		return this;
	}

	PlanInputs treatedAt(Instant instant) {
		this.treatedAtInstant = instant;
		return this;
	}

	/**
	 * A symptom reported by the patient at a wall-clock time of the treatment's zone.
	 */
	PlanInputs withSymptom(Symptom symptom, String localDateTime) {
		this.symptoms.add((treatedAt) -> new ObservedSymptom(symptom, local(localDateTime), SymptomSource.PATIENT));
		return this;
	}

	/**
	 * A symptom observed in clinic at a wall-clock time of the treatment's zone.
	 */
	PlanInputs observedInClinic(Symptom symptom, String localDateTime) {
		this.symptoms.add((treatedAt) -> new ObservedSymptom(symptom, local(localDateTime), SymptomSource.CLINIC));
		return this;
	}

	/**
	 * A symptom reported by the patient this long after the treatment.
	 */
	PlanInputs withSymptomAfter(Symptom symptom, Duration elapsed) {
		this.symptoms.add((treatedAt) -> new ObservedSymptom(symptom, treatedAt.plus(elapsed), SymptomSource.PATIENT));
		return this;
	}

	/**
	 * A patient's check-in with a soreness score, this long after the treatment.
	 */
	PlanInputs withSorenessAfter(int soreness, Duration elapsed) {
		this.symptoms
			.add((treatedAt) -> ObservedSymptom.fromSoreness(soreness, treatedAt.plus(elapsed), SymptomSource.PATIENT)
				.orElse(null));
		return this;
	}

	/**
	 * A physiotherapist's review clearing from this long after the treatment.
	 */
	PlanInputs reviewClearingAfter(Duration elapsed) {
		this.reviewed = true;
		this.clearedFrom = (treatedAt) -> treatedAt.plus(elapsed);
		return this;
	}

	/**
	 * A physiotherapist's review extending a milestone to this long after the treatment.
	 */
	PlanInputs reviewExtending(MilestoneCode code, Duration elapsed) {
		this.reviewed = true;
		this.extensions.put(code, (treatedAt) -> treatedAt.plus(elapsed));
		return this;
	}

	PlanInput build() {
		Instant treatedAt = (this.treatedAtInstant != null) ? this.treatedAtInstant : local(this.treatedAtLocal);
		List<TreatedArea> areas = this.areas.isEmpty() ? List.of(TreatedArea.of(Area.FOREARM_HAND)) : this.areas;
		List<ObservedSymptom> symptoms = new ArrayList<>();
		for (Function<Instant, ObservedSymptom> symptom : this.symptoms) {
			ObservedSymptom observed = symptom.apply(treatedAt);
			if (observed != null) {
				symptoms.add(observed);
			}
		}
		return new PlanInput(treatedAt, areas, this.intensity, this.sensitiveArea, symptoms, review(treatedAt));
	}

	private Review review(Instant treatedAt) {
		if (!this.reviewed) {
			return null;
		}
		Map<MilestoneCode, Instant> extendedTo = new EnumMap<>(MilestoneCode.class);
		this.extensions.forEach((code, to) -> extendedTo.put(code, to.apply(treatedAt)));
		return new Review(this.clearedFrom.apply(treatedAt), extendedTo, "seen in clinic");
	}

	private Instant local(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(this.zone).toInstant();
	}

}
