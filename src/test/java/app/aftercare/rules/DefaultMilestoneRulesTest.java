package app.aftercare.rules;

import java.util.EnumSet;

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
 * R1, R2, R4 and R5: the plan of a treatment without load factors or symptoms; and R3,
 * the load factors.
 */
class DefaultMilestoneRulesTest {

	@Test
	void lightActivityIsFineRightAfterTreatmentUnderR1() {
		Plan plan = planFor(aTreatment());

		assertThat(plan.milestone(LIGHT_ACTIVITY).from()).isEqualTo(plan.treatedAt());
		assertThat(plan.milestone(LIGHT_ACTIVITY).rules()).containsExactly(RuleId.R1);
	}

	@Test
	void gentleStretchingStarts12HoursAfterTreatmentUnderR4() {
		Plan plan = planFor(aTreatment());

		assertThat(elapsedTo(plan, GENTLE_STRETCHING)).isEqualTo(hours(12));
		assertThat(plan.milestone(GENTLE_STRETCHING).rules()).containsExactly(RuleId.R4);
	}

	@Test
	void alcoholAndCaffeineAreAvoidedFor24HoursUnderR5() {
		Plan plan = planFor(aTreatment());

		assertThat(elapsedTo(plan, ALCOHOL_CAFFEINE)).isEqualTo(hours(24));
		assertThat(plan.milestone(ALCOHOL_CAFFEINE).rules()).containsExactly(RuleId.R5);
	}

	@Test
	void withoutLoadFactorsLightExerciseAndFullTrainingStart24HoursAfterTreatmentUnderR2() {
		Plan plan = planFor(aTreatment().onForearmAndHand().moderate());

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(24));
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(24));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2);
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2);
	}

	@Test
	void aPlanWithoutSymptomsIsNeitherUrgentNorAsksToContactThePhysio() {
		Plan plan = planFor(aTreatment());

		assertThat(plan.urgent()).isFalse();
		assertThat(plan.contactPhysio()).isFalse();
		assertThat(plan.milestones()).noneMatch(Milestone::onHold);
	}

	@Test
	void aStrongDoseDelaysFullTrainingTo48HoursUnderR3() {
		Plan plan = planFor(aTreatment().onForearmAndHand().strong());

		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R3);
	}

	@Test
	void aSensitiveAreaDelaysFullTrainingTo48HoursUnderR3() {
		Plan plan = planFor(aTreatment().onForearmAndHand().light().sensitive());

		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R3);
	}

	@ParameterizedTest
	@EnumSource(names = { "SHOULDER_BLADE", "LOWER_BACK", "GLUTES_HIP", "THIGH_FRONT", "THIGH_BACK", "INNER_THIGH",
			"CALF" })
	void eachLargeAreaDelaysFullTrainingTo48HoursUnderR3(Area large) {
		Plan plan = planFor(aTreatment().on(large).light());

		assertThat(large.size()).isEqualTo(AreaSize.LARGE);
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R3);
	}

	@ParameterizedTest
	@EnumSource(names = { "NECK", "UPPER_TRAPEZIUS", "CHEST_WALL", "SHOULDER", "ARM", "FOREARM_HAND", "JAW_HEAD",
			"SHIN_FOOT" })
	void aSmallAreaAtModerateIntensityKeepsFullTrainingAt24Hours(Area small) {
		Plan plan = planFor(aTreatment().on(small).moderate());

		assertThat(small.size()).isEqualTo(AreaSize.SMALL);
		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(24));
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2);
	}

	@Test
	void oneLargeAreaAmongSmallOnesIsEnoughForR3() {
		Plan plan = planFor(aTreatment().onNeck().onForearmAndHand().onCalf().light());

		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
	}

	@Test
	void loadFactorsDoNotDelayLightExercise() {
		Plan plan = planFor(aTreatment().onLowerBack().strong().sensitive());

		assertThat(elapsedTo(plan, LIGHT_EXERCISE)).isEqualTo(hours(24));
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).containsExactly(RuleId.R2);
	}

	@Test
	void everyLoadFactorTogetherStillGives48Hours() {
		Plan plan = planFor(aTreatment().onLowerBack().strong().sensitive());

		assertThat(elapsedTo(plan, FULL_TRAINING)).isEqualTo(hours(48));
	}

	@Test
	void theSideOfAnAreaDoesNotChangeThePlan() {
		EnumSet<Side> sides = EnumSet.allOf(Side.class);
		Plan withoutSide = planFor(aTreatment().onLowerBack());

		for (Side side : sides) {
			Plan plan = planFor(aTreatment().on(Area.LOWER_BACK, side));
			assertThat(plan).isEqualTo(withoutSide);
		}
	}

}
