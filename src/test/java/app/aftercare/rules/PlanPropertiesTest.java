package app.aftercare.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that hold for every input: {@value #INPUTS_PER_SEED} random inputs for each
 * of {@value #SEEDS} fixed seeds per property. A failure names the seed and the input.
 */
class PlanPropertiesTest {

	private static final int SEEDS = 10;

	private static final int INPUTS_PER_SEED = 1_000;

	private static final RuleSet RULES = RuleSets.current();

	private static final List<MilestoneCode> PROGRESSION = List.of(MilestoneCode.LIGHT_ACTIVITY,
			MilestoneCode.GENTLE_STRETCHING, MilestoneCode.LIGHT_EXERCISE, MilestoneCode.FULL_TRAINING);

	private static final Set<Duration> RULE_TIMES = Set.of(Duration.ofHours(24), Duration.ofHours(48),
			Duration.ofHours(72));

	static LongStream seeds() {
		return LongStream.rangeClosed(1, SEEDS).map((n) -> 20260512L * n);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void addingASymptomNeverMovesAnyMilestoneEarlier(long seed) {
		RandomTreatments random = new RandomTreatments(seed);
		for (int i = 0; i < INPUTS_PER_SEED; i++) {
			PlanInput input = random.input();
			PlanInput more = input.withSymptom(random.symptomAfter(input.treatedAt()));
			Plan before = RULES.plan(input);
			Plan after = RULES.plan(more);
			for (MilestoneCode code : MilestoneCode.values()) {
				Milestone was = before.milestone(code);
				Milestone is = after.milestone(code);
				assertThat(notEarlier(is, was))
					.as(() -> "seed %d: %s moved earlier from %s to %s when adding %s to %s".formatted(seed, code, was,
							is, more.symptoms().get(more.symptoms().size() - 1), input))
					.isTrue();
			}
			assertThat(!before.urgent() || after.urgent()).as(() -> failure(seed, input)).isTrue();
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void milestonesFollowThePatientsProgressionUnlessOnHold(long seed) {
		RandomTreatments random = new RandomTreatments(seed);
		for (int i = 0; i < INPUTS_PER_SEED; i++) {
			PlanInput input = random.input();
			Plan plan = RULES.plan(input);
			for (int step = 1; step < PROGRESSION.size(); step++) {
				Milestone earlier = plan.milestone(PROGRESSION.get(step - 1));
				Milestone later = plan.milestone(PROGRESSION.get(step));
				if (!earlier.onHold() && !later.onHold()) {
					assertThat(later.from()).as(() -> failure(seed, input)).isAfterOrEqualTo(earlier.from());
				}
				if (earlier.onHold()) {
					assertThat(later.onHold()).as(() -> failure(seed, input)).isTrue();
				}
			}
			assertThat(plan.milestone(MilestoneCode.LIGHT_ACTIVITY).onHold()).as(() -> failure(seed, input)).isFalse();
			assertThat(plan.milestone(MilestoneCode.ALCOHOL_CAFFEINE).onHold()).as(() -> failure(seed, input))
				.isFalse();
			for (MilestoneCode code : MilestoneCode.values()) {
				Milestone milestone = plan.milestone(code);
				assertThat(milestone.code()).isEqualTo(code);
				assertThat(milestone.rules()).as(() -> failure(seed, input)).isNotEmpty().isSorted();
				if (!milestone.onHold()) {
					assertThat(milestone.from()).as(() -> failure(seed, input)).isAfterOrEqualTo(input.treatedAt());
				}
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void withoutAReviewExerciseStarts24Or48Or72HoursAfterTreatmentOrIsOnHold(long seed) {
		RandomTreatments random = new RandomTreatments(seed);
		for (int i = 0; i < INPUTS_PER_SEED; i++) {
			PlanInput input = random.inputWithoutReview();
			Plan plan = RULES.plan(input);
			for (MilestoneCode exercise : List.of(MilestoneCode.LIGHT_EXERCISE, MilestoneCode.FULL_TRAINING)) {
				Milestone milestone = plan.milestone(exercise);
				if (milestone.onHold()) {
					assertThat(plan.urgent() || plan.contactPhysio()).as(() -> failure(seed, input)).isTrue();
				}
				else {
					assertThat(Duration.between(input.treatedAt(), milestone.from())).as(() -> failure(seed, input))
						.isIn(RULE_TIMES);
					assertThat(milestone.rules()).as(() -> failure(seed, input)).doesNotContain(RuleId.R9);
				}
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void holdsComeOnlyFromUrgentSignsAndLateRedFlags(long seed) {
		RandomTreatments random = new RandomTreatments(seed);
		for (int i = 0; i < INPUTS_PER_SEED; i++) {
			PlanInput input = random.input();
			Plan plan = RULES.plan(input);
			Set<MilestoneCode> held = EnumSet.noneOf(MilestoneCode.class);
			plan.milestones().stream().filter(Milestone::onHold).forEach((milestone) -> held.add(milestone.code()));
			if (plan.urgent()) {
				assertThat(held).as(() -> failure(seed, input))
					.contains(MilestoneCode.GENTLE_STRETCHING, MilestoneCode.LIGHT_EXERCISE,
							MilestoneCode.FULL_TRAINING);
			}
			else if (plan.contactPhysio()) {
				assertThat(held).as(() -> failure(seed, input))
					.containsExactlyInAnyOrder(MilestoneCode.LIGHT_EXERCISE, MilestoneCode.FULL_TRAINING);
			}
			else {
				assertThat(held).as(() -> failure(seed, input)).isEmpty();
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theStatusAtAnyInstantAgreesWithTheMilestones(long seed) {
		RandomTreatments random = new RandomTreatments(seed);
		for (int i = 0; i < INPUTS_PER_SEED; i++) {
			PlanInput input = random.input();
			Plan plan = RULES.plan(input);
			List<Instant> instants = new ArrayList<>();
			for (int n = 0; n < 5; n++) {
				instants.add(random.instantAround(input.treatedAt()));
			}
			for (Milestone milestone : plan.milestones()) {
				if (!milestone.onHold()) {
					instants.add(milestone.from());
					instants.add(milestone.from().minusNanos(1));
				}
			}
			Status previous = null;
			instants.sort(null);
			for (Instant at : instants) {
				Status status = plan.statusAt(at);
				assertThat(status).as(() -> "seed %d at %s: %s".formatted(seed, at, input))
					.isEqualTo(expectedStatus(plan, at));
				if (previous != null) {
					assertThat(status).as(() -> "seed %d, status went back at %s: %s".formatted(seed, at, input))
						.isGreaterThanOrEqualTo(previous);
				}
				previous = status;
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void thePlanIsDeterministicAndIgnoresTheOrderOfAreasAndSymptoms(long seed) {
		RandomTreatments random = new RandomTreatments(seed);
		for (int i = 0; i < INPUTS_PER_SEED; i++) {
			PlanInput input = random.input();
			Plan plan = RULES.plan(input);
			assertThat(RULES.plan(input)).as(() -> failure(seed, input)).isEqualTo(plan);
			assertThat(RULES.plan(random.reordered(input))).as(() -> failure(seed, input)).isEqualTo(plan);
		}
	}

	private static Status expectedStatus(Plan plan, Instant at) {
		if (plan.urgent()) {
			return Status.URGENT;
		}
		if (plan.contactPhysio()) {
			return Status.CONTACT_PHYSIO;
		}
		Milestone lightExercise = plan.milestone(MilestoneCode.LIGHT_EXERCISE);
		if (lightExercise.onHold() || at.isBefore(lightExercise.from())) {
			return Status.REST;
		}
		Milestone fullTraining = plan.milestone(MilestoneCode.FULL_TRAINING);
		if (fullTraining.onHold() || at.isBefore(fullTraining.from())) {
			return Status.LIGHT_EXERCISE_OK;
		}
		return Status.FULL_TRAINING_OK;
	}

	/**
	 * Held counts as the latest possible time.
	 */
	private static boolean notEarlier(Milestone is, Milestone was) {
		if (is.onHold()) {
			return true;
		}
		return !was.onHold() && !is.from().isBefore(was.from());
	}

	private static String failure(long seed, PlanInput input) {
		return "seed " + seed + ", input " + input;
	}

}
