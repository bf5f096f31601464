package app.aftercare.patientlink;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one query behind every open of a patient link: the link, the version stamp of its
 * treatment's page, and what the page shows of the patient (first name and language) and
 * of the clinic (name, phone, zone). One round trip, no transaction, no entity.
 * <p>
 * What it reads is never cached, so a change of the patient, the clinic or the link
 * (revoked, reissued) shows on the very next open on every instance. What the page
 * computes from the treatment file is cached under {@code treatment.page_version}, which
 * the database bumps on every change of the treatment, its reports and its reviews
 * (migration V17).
 */
@Component
class PatientPageLookup {

	private static final String QUERY = """
			select l.id, l.clinic_id, l.treatment_id, l.revoked_at, t.page_version,
			       p.first_name, p.preferred_language, c.name, c.phone, c.time_zone
			from patient_link l
			join treatment t on t.id = l.treatment_id and t.clinic_id = l.clinic_id
			join patient p on p.id = t.patient_id and p.clinic_id = t.clinic_id
			join clinic c on c.id = l.clinic_id
			where l.token_hash = ?""";

	private final JdbcTemplate jdbc;

	PatientPageLookup(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The link whose token has this hash, revoked or not.
	 */
	Optional<Row> find(String tokenHash) {
		return this.jdbc.query(QUERY,
				(rows) -> rows.next()
						? Optional
							.of(new Row(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getTimestamp(4) != null,
									rows.getLong(5), rows.getString(6), Locale.forLanguageTag(rows.getString(7)),
									rows.getString(8), rows.getString(9), ZoneId.of(rows.getString(10))))
						: Optional.empty(),
				tokenHash);
	}

	/**
	 * A link as its page needs it.
	 *
	 * @param linkId the link
	 * @param clinicId its clinic
	 * @param treatmentId its treatment
	 * @param revoked whether the link was revoked
	 * @param pageVersion the version stamp of what the page shows of the treatment
	 * @param firstName the patient's first name
	 * @param locale the patient's preferred language
	 * @param clinicName the clinic's name
	 * @param clinicPhone the clinic's phone, or null
	 * @param zone the clinic's time zone
	 */
	record Row(long linkId, long clinicId, long treatmentId, boolean revoked, long pageVersion, String firstName,
			Locale locale, String clinicName, String clinicPhone, ZoneId zone) {
	}

}
