package app.aftercare.patientlink;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import app.aftercare.web.Throttles;
import app.aftercare.web.TooManyRequestsException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one query behind every open of a patient link: the address's token guesses (the
 * throttle), the link, the version stamp of its treatment's page, and what the page shows
 * of the patient (first name and language) and of the clinic (name, phone, zone). One
 * round trip, no transaction, no entity.
 * <p>
 * What it reads is never cached, so a change of the patient, the clinic or the link
 * (revoked, reissued) shows on the very next open on every instance. What the page
 * computes from the treatment file is cached under {@code treatment.page_version}, which
 * the database bumps on every change of the treatment, its reports and its reviews
 * (migration V17).
 */
@Component
class PatientPageLookup {

	/**
	 * One row always: the guesses of the address (token-guessing throttle) and, when the
	 * token is known, its link.
	 */
	private static final String QUERY = """
			select g.hits, l.id, l.clinic_id, l.treatment_id, l.revoked_at, t.page_version,
			       p.first_name, p.preferred_language, c.name, c.phone, c.time_zone
			from (select %s as hits) g
			left join (patient_link l
			  join treatment t on t.id = l.treatment_id and t.clinic_id = l.clinic_id
			  join patient p on p.id = t.patient_id and p.clinic_id = t.clinic_id
			  join clinic c on c.id = l.clinic_id) on l.token_hash = ?""".formatted(Throttles.HITS);

	private final JdbcTemplate jdbc;

	private final Throttles throttles;

	PatientPageLookup(JdbcTemplate jdbc, Throttles throttles) {
		this.jdbc = jdbc;
		this.throttles = throttles;
	}

	/**
	 * The link whose token has this hash, revoked or not; in the same round trip, whether
	 * the address asking has guessed too often.
	 * @throws TooManyRequestsException when it has, whether the token is known or not
	 */
	Optional<Row> find(String tokenHash, Throttles.Key guesses) {
		Object[] hits = this.throttles.hitsArguments(guesses);
		return this.jdbc.query(QUERY, (rows) -> {
			rows.next();
			if (Throttles.isExhausted(guesses, rows.getInt(1))) {
				this.throttles.refused(guesses.limit());
				throw new TooManyRequestsException();
			}
			if (rows.getObject(2) == null) {
				return Optional.empty();
			}
			return Optional.of(new Row(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getTimestamp(5) != null,
					rows.getLong(6), rows.getString(7), Locale.forLanguageTag(rows.getString(8)), rows.getString(9),
					rows.getString(10), ZoneId.of(rows.getString(11))));
		}, hits[0], hits[1], tokenHash);
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
