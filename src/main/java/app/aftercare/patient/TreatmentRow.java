package app.aftercare.patient;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import app.aftercare.web.Times;

/**
 * A treatment as the patient page shows it: its time in the clinic's time zone.
 *
 * @param treatedAtIso the time as ISO-8601 with offset, for {@code <time datetime>}
 */
public record TreatmentRow(Long id, ZonedDateTime treatedAt, String treatedAtIso, String areasText, String statusCode) {

	static TreatmentRow of(TreatmentSummary summary, ZoneId zone) {
		ZonedDateTime treatedAt = summary.treatedAt().atZone(zone);
		return new TreatmentRow(summary.id(), treatedAt, Times.ISO_WITH_OFFSET.format(treatedAt), summary.areasText(),
				summary.statusCode());
	}

}
