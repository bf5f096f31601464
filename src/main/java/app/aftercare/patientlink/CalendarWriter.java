package app.aftercare.patientlink;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line endings, content lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped, times in UTC.
 */
final class CalendarWriter {

	static final String CRLF = "\r\n";

	static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	CalendarWriter begin(String component) {
		return line("BEGIN:" + component);
	}

	CalendarWriter end(String component) {
		return line("END:" + component);
	}

	/**
	 * A property whose value needs no escaping (a code, a number, a UID of safe
	 * characters).
	 */
	CalendarWriter property(String name, String value) {
		return line(name + ":" + value);
	}

	/**
	 * A TEXT property: backslash, semicolon, comma and line breaks escaped.
	 */
	CalendarWriter text(String name, String value) {
		return line(name + ":" + escape(value));
	}

	/**
	 * A DATE-TIME property in UTC, to the second.
	 */
	CalendarWriter utc(String name, Instant instant) {
		return line(name + ":" + UTC.format(instant.truncatedTo(ChronoUnit.SECONDS)));
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c >= 0x20 || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * Folds a content line: no physical line longer than 75 octets, each continuation
	 * starting with one space.
	 */
	static String fold(String line) {
		StringBuilder folded = new StringBuilder(line.length() + 8);
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int codePoint = line.codePointAt(i);
			int width = utf8Length(codePoint);
			if (octets + width > MAX_OCTETS) {
				folded.append(CRLF).append(' ');
				octets = 1;
			}
			folded.appendCodePoint(codePoint);
			octets += width;
			i += Character.charCount(codePoint);
		}
		return folded.toString();
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

	private CalendarWriter line(String contentLine) {
		this.out.append(fold(contentLine)).append(CRLF);
		return this;
	}

}
