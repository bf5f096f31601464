package app.aftercare.rules;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static app.aftercare.rules.AdviceCode.HYDRATE;
import static app.aftercare.rules.AdviceCode.LISTEN_TO_BODY;
import static app.aftercare.rules.AdviceCode.SORENESS_NORMAL;
import static app.aftercare.rules.AdviceCode.STRETCH_BEFORE_WORKOUT;
import static app.aftercare.rules.AdviceCode.TRIGGER_POINT_RELEASE;
import static app.aftercare.rules.AdviceCode.WARM_COMPRESS;
import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.hours;
import static app.aftercare.rules.Plans.planFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R12 (advice by area) and R13 (advice for everyone).
 */
class AdviceRulesTest {

	private static final List<AdviceCode> EVERYONE = List.of(SORENESS_NORMAL, LISTEN_TO_BODY, HYDRATE, WARM_COMPRESS);

	@ParameterizedTest
	@EnumSource(names = { "NECK", "UPPER_TRAPEZIUS", "SHOULDER" })
	void neckAndShoulderAreasGetTriggerPointReleaseExercises(Area area) {
		assertThat(planFor(aTreatment().on(area)).advice()).containsExactly(TRIGGER_POINT_RELEASE, SORENESS_NORMAL,
				LISTEN_TO_BODY, HYDRATE, WARM_COMPRESS);
	}

	@Test
	void theLowerBackGetsGentleStretchingBeforeFullWorkouts() {
		assertThat(planFor(aTreatment().onLowerBack()).advice()).containsExactly(STRETCH_BEFORE_WORKOUT,
				SORENESS_NORMAL, LISTEN_TO_BODY, HYDRATE, WARM_COMPRESS);
	}

	@ParameterizedTest
	@EnumSource(names = { "NECK", "UPPER_TRAPEZIUS", "SHOULDER", "LOWER_BACK" }, mode = EnumSource.Mode.EXCLUDE)
	void otherAreasGetOnlyTheAdviceForEveryone(Area area) {
		assertThat(planFor(aTreatment().on(area)).advice()).isEqualTo(EVERYONE);
	}

	@Test
	void areaAdviceComesInCatalogueOrderOnceEachBeforeTheAdviceForEveryone() {
		Plan plan = planFor(aTreatment().onLowerBack().on(Area.SHOULDER).onNeck().on(Area.UPPER_TRAPEZIUS));

		assertThat(plan.advice()).containsExactly(TRIGGER_POINT_RELEASE, STRETCH_BEFORE_WORKOUT, SORENESS_NORMAL,
				LISTEN_TO_BODY, HYDRATE, WARM_COMPRESS);
	}

	@Test
	void theSameAreaOnBothSidesGivesItsAdviceOnce() {
		Plan plan = planFor(aTreatment().on(Area.NECK, Side.LEFT).on(Area.NECK, Side.RIGHT));

		assertThat(plan.advice()).containsOnlyOnce(TRIGGER_POINT_RELEASE);
	}

	@Test
	void adviceDoesNotDependOnSymptoms() {
		Plan quiet = planFor(aTreatment().onNeck());
		Plan urgent = planFor(aTreatment().onNeck().withSymptomAfter(Symptom.CHEST_PAIN, hours(1)));

		assertThat(urgent.advice()).isEqualTo(quiet.advice());
	}

	@Test
	void areaAdviceBelongsToR12AndTheRestToR13() {
		assertThat(TRIGGER_POINT_RELEASE.rule()).isEqualTo(RuleId.R12);
		assertThat(STRETCH_BEFORE_WORKOUT.rule()).isEqualTo(RuleId.R12);
		assertThat(EVERYONE).allMatch((advice) -> advice.rule() == RuleId.R13);
	}

	@ParameterizedTest
	@EnumSource(AdviceCode.class)
	void everyAdviceHasAMessageKeyAndAnEnglishSentence(AdviceCode advice) {
		assertThat(advice.messageKey()).startsWith("advice.").matches("[a-z.-]+");
		assertThat(advice.defaultText()).isNotBlank().endsWith(".");
	}

	@Test
	void theMessageKeysAreDistinct() {
		assertThat(List.of(AdviceCode.values())).extracting(AdviceCode::messageKey).doesNotHaveDuplicates();
		assertThat(TRIGGER_POINT_RELEASE.messageKey()).isEqualTo("advice.trigger-point-release");
	}

}
