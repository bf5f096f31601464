package app.aftercare.rules;

import org.junit.jupiter.api.Test;

import static app.aftercare.rules.MilestoneCode.FULL_TRAINING;
import static app.aftercare.rules.MilestoneCode.GENTLE_STRETCHING;
import static app.aftercare.rules.MilestoneCode.LIGHT_EXERCISE;
import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.elapsedTo;
import static app.aftercare.rules.Plans.hours;
import static app.aftercare.rules.Plans.planFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R9: a physiotherapist's review clears red flags from an instant and can extend
 * milestones.
 */
class ReviewRuleTest {

	@Test
	void aReviewClearingBeforeTheBaseTimeBringsExerciseBackToTheR2AndR3Times() {
		Plan plan = planFor(aTreatment().onLowerBack()
			.withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.withSymptomAfter(Symptom.NAUSEA, hours(2))
			.reviewClearingAfter(hours(12)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(24));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R9);
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R3, RuleId.R9);
	}

	@Test
	void aReviewClearingAfterTheBaseTimeStartsExerciseAtTheClearance() {
		Plan plan = planFor(aTreatment().onForearmAndHand()
			.withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.withSymptomAfter(Symptom.NAUSEA, hours(2))
			.reviewClearingAfter(hours(30)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(30));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(30));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R9);
	}

	@Test
	void fullTrainingNeverGoesBelowTheR3TimeAfterAReview() {
		Plan plan = planFor(
				aTreatment().onCalf().withSymptomAfter(Symptom.DIZZINESS, hours(1)).reviewClearingAfter(hours(30)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(30));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
	}

	@Test
	void aReviewLiftsTheHoldOfALateRedFlag() {
		PlanInputs lateRedFlag = aTreatment().withSymptomAfter(Symptom.PERSISTENT_DISCOMFORT, hours(75));
		Plan reviewed = planFor(lateRedFlag.reviewClearingAfter(hours(80)));

		assertThat(reviewed.contactPhysio()).isFalse();
		assertThat(elapsedTo(reviewed, LIGHT_EXERCISE)).isEqualTo(hours(80));
		assertThat(elapsedTo(reviewed, FULL_TRAINING)).isEqualTo(hours(80));
		assertThat(reviewed.statusAt(reviewed.treatedAt().plus(hours(79)))).isEqualTo(Status.REST);
		assertThat(reviewed.statusAt(reviewed.treatedAt().plus(hours(80)))).isEqualTo(Status.FULL_TRAINING_OK);
	}

	@Test
	void aRedFlagReportedAtExactlyTheClearanceIsLifted() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.NAUSEA, hours(30)).reviewClearingAfter(hours(30)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(30));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R9);
	}

	@Test
	void aRedFlagReportedAfterTheReviewAppliesR6AndR7Again() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.reviewClearingAfter(hours(30))
			.withSymptomAfter(Symptom.DIZZINESS, hours(31)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(72));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R6, RuleId.R7, RuleId.R9);
	}

	@Test
	void onlyRedFlagsReportedAfterTheReviewCountAsDifferentRedFlags() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.reviewClearingAfter(hours(2))
			.withSymptomAfter(Symptom.NAUSEA, hours(3)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(48));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R6, RuleId.R9);
	}

	@Test
	void aLateRedFlagAfterTheReviewPutsExerciseOnHoldAgain() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(75))
			.reviewClearingAfter(hours(80))
			.withSymptomAfter(Symptom.DIZZINESS, hours(100)));

		assertThat(plan.contactPhysio()).isTrue();
		assertThat(plan.milestone(LIGHT_EXERCISE).onHold()).isTrue();
		assertThat(plan.milestone(FULL_TRAINING).onHold()).isTrue();
	}

	@Test
	void aReviewExtensionMovesAMilestoneLater() {
		Plan plan = planFor(aTreatment().onForearmAndHand().reviewExtending(FULL_TRAINING, hours(96)));

		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(96));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R9);
		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(24));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2);
	}

	@Test
	void aReviewExtensionEarlierThanTheComputedTimeKeepsTheComputedTime() {
		Plan plan = planFor(aTreatment().onLowerBack().reviewExtending(FULL_TRAINING, hours(30)));

		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
	}

	@Test
	void aReviewExtensionNeverTakesAMilestoneOffHold() {
		Plan plan = planFor(
				aTreatment().withSymptomAfter(Symptom.NAUSEA, hours(72)).reviewExtending(LIGHT_EXERCISE, hours(200)));

		assertThat(plan.milestone(LIGHT_EXERCISE).onHold()).isTrue();
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).doesNotContain(RuleId.R9);
	}

	@Test
	void extendingLightExercisePastFullTrainingMovesFullTrainingWithIt() {
		Plan plan = planFor(aTreatment().onForearmAndHand().reviewExtending(LIGHT_EXERCISE, hours(60)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(60));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(60));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R9);
	}

	@Test
	void extendingGentleStretchingPastLightExerciseMovesTheLaterExerciseToo() {
		Plan plan = planFor(aTreatment().onLowerBack().reviewExtending(GENTLE_STRETCHING, hours(36)));

		assertThat(elapsedTo(plan, GENTLE_STRETCHING)).isEqualTo(hours(36));
		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(36));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
	}

	@Test
	void aReviewThatOnlyExtendsDoesNotLiftRedFlags() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.reviewExtending(MilestoneCode.ALCOHOL_CAFFEINE, hours(36)));

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(48));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2, RuleId.R6);
		assertThat(elapsedTo(plan, MilestoneCode.ALCOHOL_CAFFEINE)).isEqualTo(hours(36));
		assertThat(plan.milestone(MilestoneCode.ALCOHOL_CAFFEINE).rules()).containsExactly(RuleId.R5, RuleId.R9);
	}

	@Test
	void aReviewClearingAfterTheLatestUrgentSignLiftsTheUrgentHold() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.CHEST_PAIN, hours(4))
			.withSymptomAfter(Symptom.FAINTING, hours(5))
			.reviewClearingAfter(hours(30)));

		assertThat(plan.urgent()).isFalse();
		assertThat(elapsedTo(plan, GENTLE_STRETCHING)).isEqualTo(hours(12));
		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(30));
		assertThat(plan.statusAt(plan.treatedAt().plus(hours(30)))).isEqualTo(Status.FULL_TRAINING_OK);
	}

	@Test
	void aReviewClearingAtTheLatestUrgentSignKeepsTheUrgentHold() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.CHEST_PAIN, hours(4))
			.withSymptomAfter(Symptom.INFECTION_SIGNS, hours(30))
			.reviewClearingAfter(hours(30)));

		assertThat(plan.urgent()).isTrue();
		assertThat(plan.milestone(FULL_TRAINING).onHold()).isTrue();
	}

	@Test
	void anUrgentSignReportedAfterTheReviewIsUrgentAgain() {
		Plan plan = planFor(aTreatment().withSymptomAfter(Symptom.CHEST_PAIN, hours(4))
			.reviewClearingAfter(hours(30))
			.withSymptomAfter(Symptom.BREATHING_DIFFICULTY, hours(31)));

		assertThat(plan.urgent()).isTrue();
	}

}
