package app.aftercare.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static app.aftercare.rules.PlanInputs.aTreatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * What a plan input accepts.
 */
class PlanInputTest {

	private static final Instant TREATED_AT = Instant.parse("2026-05-12T09:00:00Z");

	private static final List<TreatedArea> NECK = List.of(TreatedArea.of(Area.NECK));

	@Test
	void aTreatmentNeedsAnInstant() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInput(null, NECK, Intensity.LIGHT, false, List.of(), null))
			.withMessageContaining("treatedAt");
	}

	@Test
	void aTreatmentNeedsAnIntensity() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInput(TREATED_AT, NECK, null, false, List.of(), null))
			.withMessageContaining("intensity");
	}

	@Test
	void aTreatmentNeedsAtLeastOneArea() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInput(TREATED_AT, List.of(), Intensity.LIGHT, false, List.of(), null))
			.withMessageContaining("at least one treated area");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInput(TREATED_AT, null, Intensity.LIGHT, false, List.of(), null))
			.withMessageContaining("at least one treated area");
	}

	@Test
	void aSymptomCannotBeReportedBeforeTheTreatment() {
		ObservedSymptom early = new ObservedSymptom(Symptom.DIZZINESS, TREATED_AT.minusSeconds(60),
				SymptomSource.CLINIC);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInput(TREATED_AT, NECK, Intensity.LIGHT, false, List.of(early), null))
			.withMessageContaining("DIZZINESS")
			.withMessageContaining("before the treatment");
	}

	@Test
	void aSymptomCanBeObservedAtTheMomentOfTreatment() {
		ObservedSymptom atOnce = new ObservedSymptom(Symptom.DIZZINESS, TREATED_AT, SymptomSource.CLINIC);

		assertThat(new PlanInput(TREATED_AT, NECK, Intensity.LIGHT, false, List.of(atOnce), null).symptoms())
			.containsExactly(atOnce);
	}

	@Test
	void aReviewCannotClearFromBeforeTheTreatment() {
		Review review = Review.clearing(TREATED_AT.minusSeconds(1), "too early");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInput(TREATED_AT, NECK, Intensity.LIGHT, false, List.of(), review))
			.withMessageContaining("review");
	}

	@Test
	void noSymptomsMayBeGivenAsNull() {
		assertThat(new PlanInput(TREATED_AT, NECK, Intensity.LIGHT, false, null, null).symptoms()).isEmpty();
	}

	@Test
	void nullAreasAndSymptomsAreRejected() {
		List<TreatedArea> withNull = new ArrayList<>();
		withNull.add(null);
		List<ObservedSymptom> withNullSymptom = new ArrayList<>();
		withNullSymptom.add(null);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInput(TREATED_AT, withNull, Intensity.LIGHT, false, List.of(), null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanInput(TREATED_AT, NECK, Intensity.LIGHT, false, withNullSymptom, null));
	}

	@Test
	void theListsAreCopiedSoLaterChangesDoNotLeakIn() {
		List<TreatedArea> areas = new ArrayList<>(NECK);
		List<ObservedSymptom> symptoms = new ArrayList<>();
		PlanInput input = new PlanInput(TREATED_AT, areas, Intensity.LIGHT, false, symptoms, null);

		areas.add(TreatedArea.of(Area.CALF));
		symptoms.add(new ObservedSymptom(Symptom.NAUSEA, TREATED_AT, SymptomSource.PATIENT));

		assertThat(input.areas()).containsExactly(TreatedArea.of(Area.NECK));
		assertThat(input.symptoms()).isEmpty();
	}

	@Test
	void theReviewCopiesItsExtensions() {
		Map<MilestoneCode, Instant> extensions = new EnumMap<>(MilestoneCode.class);
		Review review = new Review(null, extensions, null);

		extensions.put(MilestoneCode.FULL_TRAINING, TREATED_AT);

		assertThat(review.extendedTo()).isEmpty();
		assertThat(new Review(null, null, null).extendedTo()).isEmpty();
	}

	@Test
	void aReviewCanAddExtensionsOneByOne() {
		Review review = Review.extending(MilestoneCode.FULL_TRAINING, TREATED_AT, "note")
			.andExtending(MilestoneCode.LIGHT_EXERCISE, TREATED_AT);

		assertThat(review.extendedTo()).containsOnlyKeys(MilestoneCode.FULL_TRAINING, MilestoneCode.LIGHT_EXERCISE);
		assertThat(review.note()).isEqualTo("note");
		assertThat(review.clearedFrom()).isNull();
	}

	@Test
	void addingASymptomGivesANewInputAndLeavesTheOldOne() {
		PlanInput input = aTreatment().build();
		ObservedSymptom nausea = new ObservedSymptom(Symptom.NAUSEA, input.treatedAt(), SymptomSource.PATIENT);

		PlanInput withNausea = input.withSymptom(nausea);

		assertThat(input.symptoms()).isEmpty();
		assertThat(withNausea.symptoms()).containsExactly(nausea);
		assertThat(withNausea.withReview(null).review()).isNull();
	}

	@Test
	void aTreatedAreaNeedsAnAreaButNotASide() {
		assertThat(new TreatedArea(Area.CALF, null).side()).isNull();
		assertThatNullPointerException().isThrownBy(() -> new TreatedArea(null, Side.LEFT));
	}

}
