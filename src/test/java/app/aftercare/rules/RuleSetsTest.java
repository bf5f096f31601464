package app.aftercare.rules;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.elapsedTo;
import static app.aftercare.rules.Plans.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The registry of rule sets, and the numbers a rule set is made of.
 */
class RuleSetsTest {

	@Test
	void theCurrentRuleSetIs2026Point1() {
		assertThat(RuleSets.current().version()).isEqualTo("2026.1");
		assertThat(RuleSets.current().plan(aTreatment().build()).ruleSet()).isEqualTo("2026.1");
	}

	@Test
	void aKnownVersionIsFound() {
		assertThat(RuleSets.find("2026.1")).containsSame(RuleSets.current());
	}

	@Test
	void anUnknownVersionIsNotFound() {
		assertThat(RuleSets.find("1999.1")).isEmpty();
		assertThat(RuleSets.find(null)).isEmpty();
	}

	@Test
	void theVersionsListTheKnownRuleSets() {
		assertThat(RuleSets.versions()).containsExactly("2026.1");
	}

	@Test
	void rules2026Point1UseTheSeedNumbers() {
		Timings seed = Timings.SEED;

		assertThat(seed.lightActivity()).isEqualTo(Duration.ZERO);
		assertThat(seed.gentleStretching()).isEqualTo(hours(12));
		assertThat(seed.alcoholCaffeine()).isEqualTo(hours(24));
		assertThat(seed.lightExercise()).isEqualTo(hours(24));
		assertThat(seed.fullTraining()).isEqualTo(hours(24));
		assertThat(seed.loadedFullTraining()).isEqualTo(hours(48));
		assertThat(seed.redFlag()).isEqualTo(hours(48));
		assertThat(seed.escalatedRedFlag()).isEqualTo(hours(72));
		assertThat(seed.persistingRedFlag()).isEqualTo(hours(24));
		assertThat(seed.contactPhysioRedFlag()).isEqualTo(hours(72));
		assertThat(seed.safetyNetWindow()).isEqualTo(hours(48));
		assertThat(((ReturnToExerciseRules) RuleSets.current()).timings()).isEqualTo(seed);
	}

	@Test
	void anotherProtocolChangesOnlyTheNumbers() {
		Timings cautious = new Timings(Duration.ZERO, hours(24), hours(48), hours(36), hours(36), hours(60), hours(60),
				hours(96), hours(36), hours(96), hours(72));
		RuleSet clinic = new ReturnToExerciseRules("clinic-1", cautious);

		Plan plan = clinic.plan(aTreatment().onLowerBack().build());

		assertThat(plan.ruleSet()).isEqualTo("clinic-1");
		assertThat(elapsedTo(plan, MilestoneCode.GENTLE_STRETCHING)).isEqualTo(hours(24));
		assertThat(elapsedTo(plan, MilestoneCode.LIGHT_EXERCISE)).isEqualTo(hours(36));
		assertThat(elapsedTo(plan, MilestoneCode.FULL_TRAINING)).isEqualTo(hours(60));
		assertThat(plan.milestone(MilestoneCode.FULL_TRAINING).rules()).containsExactly(RuleId.R2, RuleId.R3);
	}

	@Test
	void timingsCannotBeNegative() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Timings(Duration.ZERO, hours(-1), hours(24), hours(24), hours(24), hours(48),
					hours(48), hours(72), hours(24), hours(72), hours(48)))
			.withMessageContaining("gentleStretching");
	}

}
