package app.aftercare.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.hours;
import static app.aftercare.rules.Plans.planFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R11: the chest safety net.
 */
class SafetyNetRuleTest {

	@ParameterizedTest
	@EnumSource(names = { "NECK", "UPPER_TRAPEZIUS", "SHOULDER_BLADE", "CHEST_WALL", "SHOULDER" })
	void aChestRiskAreaAlwaysCarriesTheSafetyNet(Area chestRisk) {
		assertThat(chestRisk.chestRisk()).isTrue();
		assertThat(planFor(aTreatment().on(chestRisk)).safetyNet()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(names = { "ARM", "FOREARM_HAND", "JAW_HEAD", "LOWER_BACK", "GLUTES_HIP", "THIGH_FRONT", "THIGH_BACK",
			"INNER_THIGH", "CALF", "SHIN_FOOT" })
	void anAreaAwayFromTheChestCarriesNoSafetyNet(Area away) {
		assertThat(away.chestRisk()).isFalse();
		assertThat(planFor(aTreatment().on(away)).safetyNet()).isFalse();
	}

	@Test
	void oneChestRiskAreaAmongOthersIsEnough() {
		assertThat(planFor(aTreatment().onCalf().onLowerBack().on(Area.SHOULDER_BLADE)).safetyNet()).isTrue();
	}

	@Test
	void theSafetyNetDoesNotDependOnSymptoms() {
		Plan plan = planFor(aTreatment().onNeck()
			.withSymptomAfter(Symptom.DIZZINESS, hours(1))
			.withSymptomAfter(Symptom.CHEST_PAIN, hours(2)));

		assertThat(plan.safetyNet()).isTrue();
	}

	@Test
	void theSafetyNetSpeaksOf48Hours() {
		assertThat(Timings.SEED.safetyNetWindow()).isEqualTo(hours(48));
	}

}
