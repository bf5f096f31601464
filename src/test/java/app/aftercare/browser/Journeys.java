package app.aftercare.browser;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the journeys share.
 */
final class Journeys {

	/** How pages write an instant for machines, in the clinic's zone. */
	static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private Journeys() {
	}

	static String iso(ZonedDateTime time) {
		return ISO_WITH_OFFSET.format(time);
	}

}
