package app.aftercare.rules;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.hours;
import static app.aftercare.rules.Plans.planFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The status now, and when it next changes.
 */
class StatusTest {

	private static final Duration ONE_NANO = Duration.ofNanos(1);

	private final Plan lowerBack = planFor(aTreatment().onLowerBack());

	private Instant afterTreatment(Duration elapsed) {
		return this.lowerBack.treatedAt().plus(elapsed);
	}

	@Test
	void beforeLightExerciseThePatientRests() {
		assertThat(this.lowerBack.statusAt(afterTreatment(hours(0)))).isEqualTo(Status.REST);
		assertThat(this.lowerBack.statusAt(afterTreatment(hours(24).minus(ONE_NANO)))).isEqualTo(Status.REST);
	}

	@Test
	void atLightExerciseLightExerciseIsOk() {
		assertThat(this.lowerBack.statusAt(afterTreatment(hours(24)))).isEqualTo(Status.LIGHT_EXERCISE_OK);
		assertThat(this.lowerBack.statusAt(afterTreatment(hours(48).minus(ONE_NANO))))
			.isEqualTo(Status.LIGHT_EXERCISE_OK);
	}

	@Test
	void atFullTrainingFullTrainingIsOk() {
		assertThat(this.lowerBack.statusAt(afterTreatment(hours(48)))).isEqualTo(Status.FULL_TRAINING_OK);
		assertThat(this.lowerBack.statusAt(afterTreatment(hours(10_000)))).isEqualTo(Status.FULL_TRAINING_OK);
	}

	@Test
	void beforeTheTreatmentThePatientRests() {
		assertThat(this.lowerBack.statusAt(afterTreatment(hours(-5)))).isEqualTo(Status.REST);
	}

	@Test
	void aLateRedFlagAsksToContactThePhysioAtEveryInstant() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.NAUSEA, hours(72)));

		assertThat(plan.statusAt(plan.treatedAt())).isEqualTo(Status.CONTACT_PHYSIO);
		assertThat(plan.statusAt(plan.treatedAt().plus(hours(500)))).isEqualTo(Status.CONTACT_PHYSIO);
	}

	@Test
	void symptomsCountWhateverTheInstantAskedFor() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.NAUSEA, hours(30)));

		assertThat(plan.statusAt(plan.treatedAt().plus(hours(25)))).isEqualTo(Status.REST);
	}

	@Test
	void theNextChangeIsTheFirstMilestoneStrictlyAfterTheInstant() {
		assertThat(this.lowerBack.nextChangeAfter(afterTreatment(hours(0)))).contains(afterTreatment(hours(12)));
		assertThat(this.lowerBack.nextChangeAfter(afterTreatment(hours(12)))).contains(afterTreatment(hours(24)));
		assertThat(this.lowerBack.nextChangeAfter(afterTreatment(hours(30)))).contains(afterTreatment(hours(48)));
		assertThat(this.lowerBack.nextChangeAfter(afterTreatment(hours(48)))).isEmpty();
	}

	@Test
	void justBeforeTheTreatmentTheNextChangeIsTheTreatment() {
		assertThat(this.lowerBack.nextChangeAfter(afterTreatment(ONE_NANO.negated())))
			.contains(this.lowerBack.treatedAt());
	}

	@Test
	void heldMilestonesAreNoChangeToWaitFor() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.CHEST_PAIN, hours(1)));

		assertThat(plan.nextChangeAfter(plan.treatedAt())).contains(plan.treatedAt().plus(hours(24)));
		assertThat(plan.nextChangeAfter(plan.treatedAt().plus(hours(24)))).isEmpty();
	}

	@Test
	void theStatusNeedsAnInstant() {
		assertThatNullPointerException().isThrownBy(() -> this.lowerBack.statusAt(null));
	}

}
