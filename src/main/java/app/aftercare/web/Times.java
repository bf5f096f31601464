package app.aftercare.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one way instants are written for machines: ISO-8601 with the offset of the clinic's
 * zone, seconds always present and a zero offset as {@code +00:00}, e.g.
 * {@code 2026-05-14T10:00:00+01:00}. Used by {@code <time datetime>}, JSON and calendars.
 */
public final class Times {

	public static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private Times() {
	}

	public static String iso(Instant instant, ZoneId zone) {
		return (instant != null) ? ISO_WITH_OFFSET.format(instant.atZone(zone)) : null;
	}

}
