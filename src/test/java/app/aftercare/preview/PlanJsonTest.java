package app.aftercare.preview;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.ObservedSymptom;
import app.aftercare.rules.Plan;
import app.aftercare.rules.PlanInput;
import app.aftercare.rules.RuleSets;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.rules.TreatedArea;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response shape of a plan, shared with the treatment form's live preview.
 */
class PlanJsonTest {

	private static final Instant TREATED_AT = Instant.parse("2026-05-12T09:00:00+00:00");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void timesKeepTheirSecondsAndCarryTheOffsetOfTheZone() {
		assertThat(PlanJson.format(Instant.parse("2026-05-14T09:00:00+00:00"), LONDON))
			.isEqualTo("2026-05-14T10:00:00+01:00");
		assertThat(PlanJson.format(Instant.parse("2026-01-14T09:00:00+00:00"), LONDON))
			.isEqualTo("2026-01-14T09:00:00+00:00");
		assertThat(PlanJson.format(Instant.parse("2026-05-14T09:00:00+00:00"), ZoneId.of("Asia/Kathmandu")))
			.isEqualTo("2026-05-14T14:45:00+05:45");
	}

	@Test
	void aMilestoneOnHoldHasNoTimeAndEveryMilestoneNamesItsRules() {
		Plan plan = RuleSets.current()
			.plan(new PlanInput(TREATED_AT, List.of(TreatedArea.of(Area.SHOULDER_BLADE)), Intensity.MODERATE, false,
					List.of(new ObservedSymptom(Symptom.CHEST_PAIN, TREATED_AT, SymptomSource.CLINIC)), null));

		PlanJson json = PlanJson.of(plan, TREATED_AT, LONDON);

		assertThat(json.status()).isEqualTo("URGENT");
		assertThat(json.milestones()).extracting(PlanJson.MilestoneJson::code)
			.containsExactly("LIGHT_ACTIVITY", "GENTLE_STRETCHING", "ALCOHOL_CAFFEINE", "LIGHT_EXERCISE",
					"FULL_TRAINING");
		assertThat(json.milestones().get(0))
			.isEqualTo(new PlanJson.MilestoneJson("LIGHT_ACTIVITY", "2026-05-12T10:00:00+01:00", false, List.of("R1")));
		assertThat(json.milestones().get(4))
			.isEqualTo(new PlanJson.MilestoneJson("FULL_TRAINING", null, true, List.of("R2", "R3", "R10")));
		assertThat(json.safetyNet()).isTrue();
	}

	@Test
	void adviceCarriesItsRuleAndTheEnglishText() {
		Plan plan = RuleSets.current()
			.plan(new PlanInput(TREATED_AT, List.of(TreatedArea.of(Area.NECK)), Intensity.LIGHT, false, List.of(),
					null));

		PlanJson json = PlanJson.of(plan, TREATED_AT, LONDON);

		assertThat(json.ruleSet()).isEqualTo("2026.1");
		assertThat(json.advice()).first()
			.isEqualTo(new PlanJson.AdviceJson("R12", "Do mild trigger point release exercises for the treated area."));
		assertThat(json.advice()).extracting(PlanJson.AdviceJson::rule)
			.containsExactly("R12", "R13", "R13", "R13", "R13");
		assertThat(Map.of("status", json.status())).containsEntry("status", "REST");
	}

}
