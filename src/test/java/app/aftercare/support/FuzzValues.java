package app.aftercare.support;

import java.util.List;
import java.util.Random;

/**
 * The values fuzz tests send, drawn from a seeded {@link Random} so that a failure can be
 * replayed: random text, and a list of known troublemakers (huge values, far dates,
 * unknown and blank codes, control characters, broken surrogates, SQL and HTML).
 */
public final class FuzzValues {

	public static final List<String> NASTY = List.of("", " ", "\t", "0", "-1", "2147483648", "99999999999999999999",
			"1e309", "NaN", "null", "true", "2026-02-30T10:00", "2026-13-01T10:00", "0000-01-01T00:00",
			"9999-12-31T23:59", "+999999999-01-01T10:00", "-999999999-12-31T23:59", "+99999-05-12T10:00", "2026-05-12",
			"10:00", "yesterday", "LOWER_BACK", "lower_back", "NECK:LEFT", "STRONG", "MARS", "DIZZINESS",
			"LIGHT_ACTIVITY", "ADMIN", "PHYSIO", "es", "xx", "Europe/London", "Mars/Olympus",
			"<img src=x onerror=alert(1)>", "' or 1=1 --", "%00", "%zz", "\u0000", "\u0007", "\uD800", "ñandú 🙂",
			"x".repeat(5000), "é".repeat(300), "(select 1)", "../../etc/passwd", "\r\n\r\n", "a@b", "@",
			"owner@fuzz.example");

	private FuzzValues() {
	}

	public static String value(Random random) {
		return random.nextBoolean() ? NASTY.get(random.nextInt(NASTY.size())) : text(random);
	}

	public static String text(Random random) {
		int length = random.nextInt(20);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000));
		}
		return text.toString();
	}

	/**
	 * Text as it may arrive on the wire: sometimes percent-encoded properly, sometimes
	 * with a broken escape, a raw control character or an overlong UTF-8 sequence.
	 */
	public static String wire(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> "%zz";
			case 1 -> "%" + Integer.toHexString(random.nextInt(16));
			case 2 -> "%C0%AF";
			case 3 -> "%00";
			case 4 -> "%FF%FE";
			default -> java.net.URLEncoder.encode(value(random), java.nio.charset.StandardCharsets.UTF_8);
		};
	}

}
