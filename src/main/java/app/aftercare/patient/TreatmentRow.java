package app.aftercare.patient;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A treatment as the patient page shows it: its time in the clinic's time zone.
 *
 * @param treatedAtIso the time as ISO-8601 with offset, for {@code <time datetime>}
 */
public record TreatmentRow(Long id, ZonedDateTime treatedAt, String treatedAtIso, String areasText, String statusCode) {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	static TreatmentRow of(TreatmentSummary summary, ZoneId zone) {
		ZonedDateTime treatedAt = summary.treatedAt().atZone(zone);
		return new TreatmentRow(summary.id(), treatedAt, ISO.format(treatedAt), summary.areasText(),
				summary.statusCode());
	}

}
