package app.aftercare.rules;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A patient's soreness score becomes a red flag from 7 on.
 */
class ObservedSymptomTest {

	private static final Instant NOW = Instant.parse("2026-05-13T08:00:00Z");

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 5, 6 })
	void sorenessBelow7IsNoSymptom(int soreness) {
		assertThat(ObservedSymptom.fromSoreness(soreness, NOW, SymptomSource.PATIENT)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 7, 8, 10 })
	void sorenessOf7OrMoreIsSignificantPain(int soreness) {
		assertThat(ObservedSymptom.fromSoreness(soreness, NOW, SymptomSource.PATIENT))
			.contains(new ObservedSymptom(Symptom.SIGNIFICANT_PAIN, NOW, SymptomSource.PATIENT));
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE })
	void sorenessOutside0To10IsRejected(int soreness) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ObservedSymptom.fromSoreness(soreness, NOW, SymptomSource.PATIENT))
			.withMessageContaining("between 0 and 10");
	}

	@Test
	void theThresholdIsANamedConstant() {
		assertThat(ObservedSymptom.SIGNIFICANT_PAIN_SORENESS).isEqualTo(7);
	}

}
