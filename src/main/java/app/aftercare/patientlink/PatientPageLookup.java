package app.aftercare.patientlink;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import app.aftercare.web.Throttles;
import app.aftercare.web.TooManyRequestsException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one query behind every open of a patient link: the address's token guesses (the
 * throttle), the link, and the version stamps of what the page shows of the treatment,
 * the patient and the clinic. One round trip, no transaction, no entity.
 * <p>
 * The query returns numbers only. What the page shows of the patient (first name,
 * language) and of the clinic (name, phone, zone) is kept here under the row's
 * {@code page_version}, which the database bumps on every update of the row (migration
 * V18), and read again when a stamp is new. (pgjdbc 42.7.11 sends a Sync and waits for
 * its answer before each run of a prepared statement whose result has a text column: with
 * the names in the result, every open cost two round trips.) The link itself is never
 * kept, so a revoke or a reissue shows on the very next open on every instance, as does a
 * change of the patient or the clinic.
 */
@Component
class PatientPageLookup {

	/**
	 * One row always: the guesses of the address (token-guessing throttle) and, when the
	 * token is known, its link with the stamps of its treatment, patient and clinic.
	 */
	private static final String QUERY = """
			select g.hits, l.id, l.clinic_id, l.treatment_id, l.revoked_at, t.page_version,
			       p.id, p.page_version, c.page_version
			from (select %s as hits) g
			left join (patient_link l
			  join treatment t on t.id = l.treatment_id and t.clinic_id = l.clinic_id
			  join patient p on p.id = t.patient_id and p.clinic_id = t.clinic_id
			  join clinic c on c.id = l.clinic_id) on l.token_hash = ?""".formatted(Throttles.HITS);

	private final JdbcTemplate jdbc;

	private final Throttles throttles;

	private final Cache<Stamp, Patient> patients = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final Cache<Stamp, Clinic> clinics = Caffeine.newBuilder()
		.maximumSize(1_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

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
		Optional<Link> found = this.jdbc.query(QUERY, (rows) -> {
			rows.next();
			if (Throttles.isExhausted(guesses, rows.getInt(1))) {
				this.throttles.refused(guesses.limit());
				throw new TooManyRequestsException();
			}
			if (rows.getObject(2) == null) {
				return Optional.empty();
			}
			return Optional.of(new Link(rows.getLong(2), rows.getLong(4), rows.getTimestamp(5) != null, rows.getLong(6),
					new Stamp(rows.getLong(7), rows.getLong(8)), new Stamp(rows.getLong(3), rows.getLong(9))));
		}, hits[0], hits[1], tokenHash);
		return found.flatMap((link) -> {
			Patient patient = this.patients.get(link.patient(), this::patient);
			Clinic clinic = this.clinics.get(link.clinic(), this::clinic);
			if (patient == null || clinic == null) {
				return Optional.empty(); // erased since the query above
			}
			return Optional
				.of(new Row(link.id(), link.clinic().id(), link.treatmentId(), link.revoked(), link.pageVersion(),
						patient.firstName(), patient.locale(), clinic.name(), clinic.phone(), clinic.zone()));
		});
	}

	/**
	 * The patient as the page shows them, as stored now: at least as new as the stamp.
	 */
	private Patient patient(Stamp stamp) {
		return this.jdbc.query("select first_name, preferred_language from patient where id = ?",
				(rows) -> rows.next() ? new Patient(rows.getString(1), Locale.forLanguageTag(rows.getString(2))) : null,
				stamp.id());
	}

	/**
	 * The clinic as the page shows it, as stored now: at least as new as the stamp.
	 */
	private Clinic clinic(Stamp stamp) {
		return this.jdbc.query(
				"select name, phone, time_zone from clinic where id = ?", (rows) -> rows.next()
						? new Clinic(rows.getString(1), rows.getString(2), ZoneId.of(rows.getString(3))) : null,
				stamp.id());
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

	/**
	 * What the query returns of a link.
	 */
	private record Link(long id, long treatmentId, boolean revoked, long pageVersion, Stamp patient, Stamp clinic) {
	}

	/**
	 * A version of a row: its id and its {@code page_version}.
	 */
	private record Stamp(long id, long pageVersion) {
	}

	private record Patient(String firstName, Locale locale) {
	}

	private record Clinic(String name, String phone, ZoneId zone) {
	}

}
