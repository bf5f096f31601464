package app.aftercare.rules;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogues of RULES.md: areas, symptoms, rules.
 */
class CatalogueTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			NECK            | Neck                              | SMALL | true
			UPPER_TRAPEZIUS | Upper trapezius / top of shoulder | SMALL | true
			SHOULDER_BLADE  | Shoulder blade / upper back       | LARGE | true
			CHEST_WALL      | Chest wall                        | SMALL | true
			SHOULDER        | Shoulder (rotator cuff)           | SMALL | true
			ARM             | Upper arm                         | SMALL | false
			FOREARM_HAND    | Forearm and hand                  | SMALL | false
			JAW_HEAD        | Jaw and head                      | SMALL | false
			LOWER_BACK      | Lower back                        | LARGE | false
			GLUTES_HIP      | Glutes and hip                    | LARGE | false
			THIGH_FRONT     | Front of thigh (quadriceps)       | LARGE | false
			THIGH_BACK      | Back of thigh (hamstrings)        | LARGE | false
			INNER_THIGH     | Inner thigh (adductors)           | LARGE | false
			CALF            | Calf                              | LARGE | false
			SHIN_FOOT       | Shin and foot                     | SMALL | false
			""")
	void eachAreaHasTheLabelSizeAndChestRiskOfTheCatalogue(Area area, String label, AreaSize size, boolean chestRisk) {
		assertThat(area.label()).isEqualTo(label);
		assertThat(area.size()).isEqualTo(size);
		assertThat(area.chestRisk()).isEqualTo(chestRisk);
	}

	@Test
	void theCatalogueHas15AreasInItsOrder() {
		assertThat(Area.values()).hasSize(15).startsWith(Area.NECK).endsWith(Area.SHIN_FOOT);
	}

	@ParameterizedTest
	@EnumSource(names = { "SIGNIFICANT_PAIN", "SIGNIFICANT_BRUISING", "DIZZINESS", "NAUSEA", "PERSISTENT_FATIGUE",
			"PERSISTENT_DISCOMFORT" })
	void theSeedsRedFlagsAreRedFlags(Symptom symptom) {
		assertThat(symptom.kind()).isEqualTo(SymptomKind.RED_FLAG);
		assertThat(symptom.redFlag()).isTrue();
		assertThat(symptom.urgentSign()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(
			names = { "BREATHING_DIFFICULTY", "CHEST_PAIN", "INFECTION_SIGNS", "NEW_WEAKNESS_OR_NUMBNESS", "FAINTING" })
	void theSafetyLiteraturesSignsAreUrgent(Symptom symptom) {
		assertThat(symptom.kind()).isEqualTo(SymptomKind.URGENT_SIGN);
		assertThat(symptom.urgentSign()).isTrue();
		assertThat(symptom.redFlag()).isFalse();
	}

	@Test
	void thereAreThirteenRulesEachWithADescription() {
		assertThat(RuleId.values()).extracting(Enum::name)
			.containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13");
		assertThat(RuleId.values()).allSatisfy((rule) -> assertThat(rule.description()).isNotBlank().endsWith("."));
		assertThat(Arrays.stream(RuleId.values()).map(RuleId::description)).doesNotHaveDuplicates();
	}

	@Test
	void milestonesComeInThePatientsOrder() {
		assertThat(MilestoneCode.values()).containsExactly(MilestoneCode.LIGHT_ACTIVITY,
				MilestoneCode.GENTLE_STRETCHING, MilestoneCode.ALCOHOL_CAFFEINE, MilestoneCode.LIGHT_EXERCISE,
				MilestoneCode.FULL_TRAINING);
	}

}
