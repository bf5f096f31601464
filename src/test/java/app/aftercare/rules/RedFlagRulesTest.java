package app.aftercare.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static app.aftercare.rules.MilestoneCode.FULL_TRAINING;
import static app.aftercare.rules.MilestoneCode.LIGHT_EXERCISE;
import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.elapsedTo;
import static app.aftercare.rules.Plans.hours;
import static app.aftercare.rules.Plans.hoursAndMinutes;
import static app.aftercare.rules.Plans.planFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R6, R7 and R8: red flags delay exercise, escalate, and put it on hold.
 */
class RedFlagRulesTest {

	@ParameterizedTest
	@EnumSource(names = { "SIGNIFICANT_PAIN", "SIGNIFICANT_BRUISING", "DIZZINESS", "NAUSEA", "PERSISTENT_FATIGUE",
			"PERSISTENT_DISCOMFORT" })
	void anyRedFlagDelaysLightExerciseAndFullTrainingTo48HoursUnderR6(Symptom redFlag) {
		Plan plan = planFor(aTreatment().onForearmAndHand().withSymptomAfter(redFlag, hours(2)));

		assertThat(redFlag.redFlag()).isTrue();
		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(48));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R6);
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R6);
	}

	@Test
	void whenR3AndR6BothGive48HoursBothAreListed() {
		Plan plan = planFor(aTreatment().onLowerBack().withSymptomAfter(Symptom.NAUSEA, hours(1)));

		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R3, RuleId.R6);
	}

	@Test
	void redFlagsDoNotMoveLightActivityStretchingOrAlcoholAndCaffeine() {
		Plan quiet = planFor(aTreatment());
		Plan flagged = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(80)));

		for (MilestoneCode code : new MilestoneCode[] { MilestoneCode.LIGHT_ACTIVITY, MilestoneCode.GENTLE_STRETCHING,
				MilestoneCode.ALCOHOL_CAFFEINE }) {
			assertThat(flagged.milestone(code)).isEqualTo(quiet.milestone(code));
		}
	}

	@Test
	void twoDifferentRedFlagsEscalateTo72HoursUnderR7() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.withSymptomAfter(Symptom.SIGNIFICANT_BRUISING, hours(5)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(72));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(72));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R6, RuleId.R7);
	}

	@Test
	void twoReportsOfTheSameRedFlagCountAsOneRedFlag() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.withSymptomAfter(Symptom.DIZZINESS, hours(6)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(48));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R6);
	}

	@Test
	void redFlagReportedAtExactly24HoursEscalatesTo72Hours() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.PERSISTENT_DISCOMFORT, hours(24)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(72));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(72));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R6, RuleId.R7);
	}

	@Test
	void redFlagReportedAt23Hours59MinutesStaysAt48Hours() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.PERSISTENT_DISCOMFORT, hoursAndMinutes(23, 59)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(48));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
		assertThat(plan.milestone(FULL_TRAINING).rules()).doesNotContain(RuleId.R7);
	}

	@Test
	void oneOfSeveralReportsOfTheSameRedFlagComingLateIsEnoughToEscalate() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.withSymptomAfter(Symptom.DIZZINESS, hours(30)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(72));
	}

	@Test
	void redFlagReportedAtExactly72HoursPutsExerciseOnHoldAndAsksToContactThePhysioUnderR8() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.PERSISTENT_FATIGUE, hours(72)));

		assertThat(plan.contactPhysio()).isTrue();
		assertThat(plan.urgent()).isFalse();
		assertThat(plan.milestone(LIGHT_EXERCISE).onHold()).isTrue();
		assertThat(plan.milestone(LIGHT_EXERCISE).from()).isNull();
		assertThat(plan.milestone(FULL_TRAINING).onHold()).isTrue();
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R6, RuleId.R7, RuleId.R8);
		assertThat(plan.statusAt(plan.treatedAt().plus(hours(72)))).isEqualTo(Status.CONTACT_PHYSIO);
	}

	@Test
	void redFlagReportedAt71Hours59MinutesEscalatesTo72HoursWithoutHold() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.PERSISTENT_FATIGUE, hoursAndMinutes(71, 59)));

		assertThat(plan.contactPhysio()).isFalse();
		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(72));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(72));
		assertThat(plan.milestone(FULL_TRAINING).rules()).doesNotContain(RuleId.R8);
	}

	@Test
	void theHoldOfR8KeepsLightActivityStretchingAndAlcoholAndCaffeineTimes() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.NAUSEA, hours(100)));

		assertThat(plan.milestone(MilestoneCode.LIGHT_ACTIVITY).onHold()).isFalse();
		assertThat(elapsedTo(plan, MilestoneCode.GENTLE_STRETCHING)).isEqualTo(hours(12));
		assertThat(elapsedTo(plan, MilestoneCode.ALCOHOL_CAFFEINE)).isEqualTo(hours(24));
	}

	@Test
	void sorenessOf7CountsAsSignificantPainAndDelaysExercise() {
		Plan plan = planFor(aTreatment().withSorenessAfter(7, hours(3)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(48));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).contains(RuleId.R6);
	}

	@Test
	void sorenessOf6IsNotARedFlag() {
		Plan plan = planFor(aTreatment().withSorenessAfter(6, hours(3)));

		assertThat(plan).isEqualTo(planFor(aTreatment()));
	}

	@ParameterizedTest
	@EnumSource(
			names = { "BREATHING_DIFFICULTY", "CHEST_PAIN", "INFECTION_SIGNS", "NEW_WEAKNESS_OR_NUMBNESS", "FAINTING" })
	void anUrgentSignIsNotCountedAsARedFlag(Symptom urgentSign) {
		Plan plan = planFor(aTreatment().withSymptomAfter(urgentSign, hours(80)));

		assertThat(plan.contactPhysio()).isFalse();
		assertThat(plan.milestone(FULL_TRAINING).rules()).doesNotContain(RuleId.R6, RuleId.R7, RuleId.R8);
	}

}
