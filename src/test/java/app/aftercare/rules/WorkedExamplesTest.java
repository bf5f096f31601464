package app.aftercare.rules;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static app.aftercare.rules.MilestoneCode.FULL_TRAINING;
import static app.aftercare.rules.MilestoneCode.LIGHT_EXERCISE;
import static app.aftercare.rules.PlanInputs.LONDON;
import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.onClock;
import static app.aftercare.rules.Plans.planFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of RULES.md, row by row, on the London clock.
 */
class WorkedExamplesTest {

	@Test
	void example1ForearmAndHandModerateWithoutSymptomsAllowsEverythingAfter24Hours() {
		Plan plan = planFor(aTreatment().treatedAt("2026-05-12T10:00", LONDON).on(Area.FOREARM_HAND).moderate());

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-05-13T10:00+01:00");
		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("2026-05-13T10:00+01:00");
	}

	@Test
	void example2LowerBackModerateWaits48HoursForFullTrainingBecauseTheAreaIsLarge() {
		Plan plan = planFor(aTreatment().treatedAt("2026-05-12T10:00", LONDON).onLowerBack().moderate());

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-05-13T10:00+01:00");
		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("2026-05-14T10:00+01:00");
		assertThat(plan.milestone(FULL_TRAINING).rules()).contains(RuleId.R3);
	}

	@Test
	void example3NeckLightWithDizzinessInClinicWaits48Hours() {
		Plan plan = planFor(aTreatment().treatedAt("2026-05-12T10:00", LONDON)
			.onNeck()
			.light()
			.observedInClinic(Symptom.DIZZINESS, "2026-05-12T10:05"));

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-05-14T10:00+01:00");
		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("2026-05-14T10:00+01:00");
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).contains(RuleId.R6);
	}

	@Test
	void example4NeckLightWithDizzinessAndNauseaWaits72Hours() {
		Plan plan = planFor(aTreatment().treatedAt("2026-05-12T10:00", LONDON)
			.onNeck()
			.light()
			.observedInClinic(Symptom.DIZZINESS, "2026-05-12T10:05")
			.observedInClinic(Symptom.NAUSEA, "2026-05-12T10:05"));

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-05-15T10:00+01:00");
		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("2026-05-15T10:00+01:00");
		assertThat(plan.milestone(LIGHT_EXERCISE).rules()).contains(RuleId.R7);
	}

	@Test
	void example5CalfStrongWithBruisingReportedTheNextDayWaits72Hours() {
		Plan plan = planFor(aTreatment().treatedAt("2026-05-12T10:00", LONDON)
			.onCalf()
			.strong()
			.withSymptom(Symptom.SIGNIFICANT_BRUISING, "2026-05-13T12:00"));

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-05-15T10:00+01:00");
		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("2026-05-15T10:00+01:00");
		assertThat(plan.milestone(FULL_TRAINING).rules()).contains(RuleId.R7);
	}

	@Test
	void example6NeckLightTheEveningBeforeTheClocksGoForwardTrainsAgainAt19BritishSummerTime() {
		Plan plan = planFor(aTreatment().treatedAt("2026-03-28T18:00", LONDON).onNeck().light());

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-03-29T19:00+01:00");
		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("2026-03-29T19:00+01:00");
	}

	@Test
	void example7ShoulderBladeWithBreathingDifficultyPutsExerciseOnHoldAndIsUrgent() {
		Plan plan = planFor(aTreatment().treatedAt("2026-05-12T10:00", LONDON)
			.on(Area.SHOULDER_BLADE)
			.moderate()
			.withSymptom(Symptom.BREATHING_DIFFICULTY, "2026-05-12T14:00"));

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("ON HOLD");
		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("ON HOLD");
		assertThat(plan.urgent()).isTrue();
		assertThat(plan.statusAt(Instant.parse("2026-05-12T14:00:00Z"))).isEqualTo(Status.URGENT);
		assertThat(plan.statusAt(Instant.parse("2026-06-12T14:00:00Z"))).isEqualTo(Status.URGENT);
	}

	@Test
	void thePublicApiExampleOfTheSpecIsRestWithFullTrainingFromR2R3AndR6() {
		Plan plan = planFor(aTreatment().treatedAt(Instant.parse("2026-05-12T09:00:00Z"))
			.on(Area.LOWER_BACK, Side.LEFT)
			.moderate()
			.observedInClinic(Symptom.DIZZINESS, "2026-05-12T10:05"));

		assertThat(plan.ruleSet()).isEqualTo("2026.1");
		assertThat(plan.statusAt(Instant.parse("2026-05-13T12:00:00Z"))).isEqualTo(Status.REST);
		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("2026-05-14T10:00+01:00");
		assertThat(plan.milestone(FULL_TRAINING).onHold()).isFalse();
		assertThat(plan.milestone(FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R3, RuleId.R6);
		assertThat(plan.safetyNet()).isFalse();
		assertThat(plan.advice()).first().extracting(AdviceCode::rule).isEqualTo(RuleId.R12);
		assertThat(plan.milestones()).extracting(Milestone::code).isEqualTo(List.of(MilestoneCode.values()));
	}

}
