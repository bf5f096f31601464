package app.aftercare.patientlink;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarWriterTest {

	@Test
	void linesEndInCrlfAndTimesAreUtcToTheSecond() {
		String ics = new CalendarWriter().begin("VCALENDAR")
			.utc("DTSTART", Instant.parse("2026-05-14T09:00:00.123Z"))
			.end("VCALENDAR")
			.toString();

		assertThat(ics).isEqualTo("BEGIN:VCALENDAR\r\nDTSTART:20260514T090000Z\r\nEND:VCALENDAR\r\n");
	}

	@Test
	void textEscapesBackslashSemicolonCommaAndLineBreaks() {
		assertThat(CalendarWriter.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
		assertThat(CalendarWriter.escape("bell\u0007")).isEqualTo("bell");
	}

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		String value = "Ejercicio ligero: ya puede hacer yoga, cardio suave y ejercicios con el propio peso "
				+ "— también después de la punción 💪 en la pantorrilla; ñandú ".repeat(3);
		String ics = new CalendarWriter().text("DESCRIPTION", value).toString();

		String[] lines = ics.split("\r\n", -1);
		assertThat(lines.length).isGreaterThan(4);
		assertThat(lines[lines.length - 1]).isEmpty();
		for (int i = 0; i < lines.length - 1; i++) {
			assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(lines[i]).doesNotContain("\n").doesNotContain("\r");
			if (i > 0) {
				assertThat(lines[i]).startsWith(" ");
			}
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).isEqualTo("DESCRIPTION:" + CalendarWriter.escape(value) + "\r\n");
	}

	@Test
	void aLineOfExactly75OctetsIsNotFolded() {
		String line = "X".repeat(73);
		assertThat(new CalendarWriter().property("A", line).toString()).isEqualTo("A:" + line + "\r\n");
		assertThat(new CalendarWriter().property("A", line + "Y").toString()).isEqualTo("A:" + line + "\r\n Y\r\n");
	}

}
