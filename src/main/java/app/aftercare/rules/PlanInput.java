package app.aftercare.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a rule set needs to compute a plan. All symptoms count, whatever the instant
 * a plan's status is later asked for.
 *
 * @param treatedAt end of the needling treatment
 * @param areas the treated areas, at least one
 * @param intensity the dose
 * @param sensitiveArea whether the physiotherapist marked the area as sensitive
 * @param symptoms observed or reported symptoms, none before {@code treatedAt}
 * @param review the physiotherapist's review, {@code null} when there is none
 */
public record PlanInput(Instant treatedAt, List<TreatedArea> areas, Intensity intensity, boolean sensitiveArea,
		List<ObservedSymptom> symptoms, Review review) {

	public PlanInput {
		if (treatedAt == null) {
			throw new IllegalArgumentException("treatedAt is required");
		}
		if (intensity == null) {
			throw new IllegalArgumentException("intensity is required");
		}
		if (areas == null || areas.isEmpty()) {
			throw new IllegalArgumentException("at least one treated area is required");
		}
		for (TreatedArea area : areas) {
			if (area == null) {
				throw new IllegalArgumentException("a treated area cannot be null");
			}
		}
		areas = List.copyOf(areas);
		symptoms = (symptoms != null) ? symptoms : List.of();
		for (ObservedSymptom symptom : symptoms) {
			if (symptom == null) {
				throw new IllegalArgumentException("a symptom cannot be null");
			}
			if (symptom.reportedAt().isBefore(treatedAt)) {
				throw new IllegalArgumentException(symptom.symptom() + " reported at " + symptom.reportedAt()
						+ " is before the treatment at " + treatedAt);
			}
		}
		symptoms = List.copyOf(symptoms);
		if (review != null && review.clearedFrom() != null && review.clearedFrom().isBefore(treatedAt)) {
			throw new IllegalArgumentException(
					"a review cannot clear from " + review.clearedFrom() + ", before the treatment at " + treatedAt);
		}
	}

	/**
	 * This input with one more symptom, as after a patient's check-in.
	 */
	public PlanInput withSymptom(ObservedSymptom symptom) {
		List<ObservedSymptom> more = new ArrayList<>(this.symptoms.size() + 1);
		more.addAll(this.symptoms);
		more.add(symptom);
		return new PlanInput(this.treatedAt, this.areas, this.intensity, this.sensitiveArea, more, this.review);
	}

	/**
	 * This input under a (new) review.
	 */
	public PlanInput withReview(Review review) {
		return new PlanInput(this.treatedAt, this.areas, this.intensity, this.sensitiveArea, this.symptoms, review);
	}

}
