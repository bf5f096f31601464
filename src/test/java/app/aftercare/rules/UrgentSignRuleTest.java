package app.aftercare.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static app.aftercare.rules.MilestoneCode.ALCOHOL_CAFFEINE;
import static app.aftercare.rules.MilestoneCode.FULL_TRAINING;
import static app.aftercare.rules.MilestoneCode.GENTLE_STRETCHING;
import static app.aftercare.rules.MilestoneCode.LIGHT_ACTIVITY;
import static app.aftercare.rules.MilestoneCode.LIGHT_EXERCISE;
import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.elapsedTo;
import static app.aftercare.rules.Plans.hours;
import static app.aftercare.rules.Plans.planFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R10: an urgent sign sends the patient to urgent care and puts exercise on hold.
 */
class UrgentSignRuleTest {

	@ParameterizedTest
	@EnumSource(
			names = { "BREATHING_DIFFICULTY", "CHEST_PAIN", "INFECTION_SIGNS", "NEW_WEAKNESS_OR_NUMBNESS", "FAINTING" })
	void anyUrgentSignPutsEveryExerciseMilestoneOnHold(Symptom urgentSign) {
		Plan plan = planFor(aTreatment().withSymptomAfter(urgentSign, hours(3)));

		assertThat(urgentSign.urgentSign()).isTrue();
		assertThat(plan.urgent()).isTrue();
		for (MilestoneCode exercise : new MilestoneCode[] { GENTLE_STRETCHING, LIGHT_EXERCISE, FULL_TRAINING }) {
			assertThat(plan.milestone(exercise).onHold()).as(exercise.name()).isTrue();
			assertThat(plan.milestone(exercise).from()).as(exercise.name()).isNull();
			assertThat(plan.milestone(exercise).rules()).as(exercise.name()).contains(RuleId.R10);
		}
	}

	@Test
	void lightActivityAndAlcoholAndCaffeineKeepTheirTimesUnderAnUrgentSign() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.FAINTING, hours(1)));

		assertThat(elapsedTo(plan, LIGHT_ACTIVITY)).isEqualTo(hours(0));
		assertThat(plan.milestone(LIGHT_ACTIVITY).rules()).containsExactly(RuleId.R1);
		assertThat(elapsedTo(plan, ALCOHOL_CAFFEINE)).isEqualTo(hours(24));
		assertThat(plan.milestone(ALCOHOL_CAFFEINE).rules()).containsExactly(RuleId.R5);
	}

	@Test
	void theHeldMilestonesStillListTheRulesThatWouldHaveTimedThem() {
		Plan plan = planFor(aTreatment().onLowerBack().withSymptomAfter(Symptom.CHEST_PAIN, hours(1)));

		assertThat(plan.milestone(GENTLE_STRETCHING).rules()).containsExactly(RuleId.R4, RuleId.R10);
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R10);
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R3, RuleId.R10);
	}

	@Test
	void anUrgentPlanIsUrgentAtEveryInstant() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.INFECTION_SIGNS, hours(50)));

		assertThat(plan.statusAt(plan.treatedAt())).isEqualTo(Status.URGENT);
		assertThat(plan.statusAt(plan.treatedAt().plus(hours(1000)))).isEqualTo(Status.URGENT);
	}

	@Test
	void urgentTakesPrecedenceOverContactingThePhysio() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(80))
			.withSymptomAfter(Symptom.NEW_WEAKNESS_OR_NUMBNESS, hours(80)));

		assertThat(plan.urgent()).isTrue();
		assertThat(plan.contactPhysio()).isTrue();
		assertThat(plan.statusAt(plan.treatedAt().plus(hours(90)))).isEqualTo(Status.URGENT);
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R6, RuleId.R7, RuleId.R8,
				RuleId.R10);
	}

	@Test
	void anUrgentSignWithARedFlagListsBoth() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.withSymptomAfter(Symptom.FAINTING, hours(1)));

		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R6, RuleId.R10);
		assertThat(plan.contactPhysio()).isFalse();
	}

}
