package app.aftercare.preview;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link IsoInstants} reads exactly what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}
 * reads, to the same instant, and refuses what it refuses.
 */
class IsoInstantsTest {

	private static final String CHARACTERS = "0123456789-:T.Z+tz ";

	@ParameterizedTest
	@ValueSource(strings = { "2026-05-12T09:00:00Z", "2026-05-12T09:00Z", "2026-05-12T09:00:00.5Z",
			"2026-05-12T09:00:00.123456789Z", "2026-05-12T09:00:00+01:00", "2026-05-12T09:00:00-05:30",
			"2026-05-12T09:00:00-00:00", "2024-02-29T23:59:59+14:00", "2026-05-12T09:00:00.1234567890Z",
			"2026-02-30T09:00:00Z", "2026-05-12T24:00:00Z", "2026-05-12T09:60:00Z", "2026-05-12T09:00:60Z",
			"2026-05-12T09:00:00+19:00", "2026-05-12T09:00:00+01:60", "2026-05-12T09:00:00", "2026-05-12t09:00:00z",
			"2026-05-12T09:00:00+01", "2026-05-12T09:00:00+0100", "2026-05-12T09:00:00.Z", "+12026-05-12T09:00:00Z",
			"2026-5-12T09:00:00Z", "2026-05-12T09:00:00Z ", " 2026-05-12T09:00:00Z", "2026-05-12T09:00:00+01:00:30",
			"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999-18:00", "2026-05-12T09:00:00+18:01" })
	void readsWhatTheFormatterReads(String text) {
		assertThat(fast(text)).as(text).isEqualTo(formatter(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-05-12T09:00:00Z", "2026-05-12T09:00Z", "2026-05-12T09:00:00.123456789Z",
			"2026-05-12T09:00:00+01:00", "2026-05-12T09:00:00-05:30" })
	void theCommonShapesAreReadByHand(String text) {
		assertThat(IsoInstants.common(text)).isEqualTo(formatter(text).orElseThrow());
	}

	@Test
	void agreesWithTheFormatterOnRandomVariationsOfTheCommonShapes() {
		Random random = new Random(20261130);
		String[] seeds = { "2026-05-12T09:00:00Z", "2026-05-12T09:00:00.123+01:00", "2026-05-12T09:00-05:30" };
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
			for (int change = random.nextInt(3); change >= 0; change--) {
				int at = random.nextInt(text.length() + 1);
				switch (random.nextInt(3)) {
					case 0 -> text.insert(at, CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
					case 1 -> {
						if (at < text.length()) {
							text.deleteCharAt(at);
						}
					}
					default -> {
						if (at < text.length()) {
							text.setCharAt(at, CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
						}
					}
				}
			}
			String variation = text.toString();
			assertThat(fast(variation)).as(variation).isEqualTo(formatter(variation));
		}
	}

	private static Optional<Instant> fast(String text) {
		try {
			return Optional.of(IsoInstants.parse(text));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Instant> formatter(String text) {
		try {
			return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
