package app.aftercare.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A symptom observed in clinic or reported by the patient at a given instant.
 */
public record ObservedSymptom(Symptom symptom, Instant reportedAt, SymptomSource source) {

	/**
	 * A soreness score at or above this counts as {@link Symptom#SIGNIFICANT_PAIN}.
	 */
	public static final int SIGNIFICANT_PAIN_SORENESS = 7;

	public static final int MIN_SORENESS = 0;

	public static final int MAX_SORENESS = 10;

	public ObservedSymptom {
		Objects.requireNonNull(symptom, "symptom is required");
		Objects.requireNonNull(reportedAt, "reportedAt is required");
		Objects.requireNonNull(source, "source is required");
	}

	/**
	 * The symptom a soreness score amounts to: {@link Symptom#SIGNIFICANT_PAIN} from
	 * {@value #SIGNIFICANT_PAIN_SORENESS} on, nothing below.
	 * @param soreness the score, from 0 to 10
	 * @throws IllegalArgumentException if the score is outside 0 to 10
	 */
	public static Optional<ObservedSymptom> fromSoreness(int soreness, Instant reportedAt, SymptomSource source) {
		if (soreness < MIN_SORENESS || soreness > MAX_SORENESS) {
			throw new IllegalArgumentException(
					"soreness must be between " + MIN_SORENESS + " and " + MAX_SORENESS + ", was " + soreness);
		}
		if (soreness < SIGNIFICANT_PAIN_SORENESS) {
			return Optional.empty();
		}
		return Optional.of(new ObservedSymptom(Symptom.SIGNIFICANT_PAIN, reportedAt, source));
	}

}
