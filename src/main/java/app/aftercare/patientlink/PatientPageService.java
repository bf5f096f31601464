package app.aftercare.patientlink;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.treatment.AlertLevel;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.treatment.TreatmentSnapshot;
import app.aftercare.web.Throttles;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's side of a link: what their page shows, and their check-ins. The treatment
 * always comes from the token, never from the request.
 * <p>
 * Opening a page costs one query ({@link PatientPageLookup}) while what it computes from
 * the treatment file is cached: keyed by the treatment and its {@code page_version},
 * which the database bumps on every change to the treatment, its reports or its reviews
 * (V17), so a check-in, a review or an edit shows on the very next open on every
 * instance. The cached part does not depend on the time: the status and the milestones
 * are placed at the current instant on every open, so they flip on time. <b>Every change
 * to what the patient page shows must either bump {@code treatment.page_version} (a
 * change of the treatment, its reports or reviews: the V17 triggers do it) or be read by
 * the lookup's query on every open (the patient, the clinic, the link).</b>
 */
@Service
class PatientPageService {

	/** At most this many check-ins of one treatment... */
	static final int MAX_CHECK_INS = 20;

	/** ...within this time. */
	static final Duration CHECK_IN_WINDOW = Duration.ofHours(24);

	private final PatientPageLookup lookup;

	private final TokenGuessing guessing;

	private final LinkOpens opens;

	private final TreatmentService treatments;

	private final AuditLog auditLog;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Cache<Stamp, TreatmentSnapshot> snapshots;

	PatientPageService(PatientPageLookup lookup, TokenGuessing guessing, LinkOpens opens, TreatmentService treatments,
			AuditLog auditLog, Clock clock, MeterRegistry meters,
			@Value("${aftercare.patient-page.cache-size:2000}") int cacheSize) {
		this.meters = meters;
		this.lookup = lookup;
		this.guessing = guessing;
		this.opens = opens;
		this.treatments = treatments;
		this.auditLog = auditLog;
		this.clock = clock;
		this.snapshots = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/**
	 * The page of a valid link: not revoked, not expired. Changes nothing. Whether the
	 * address asking has guessed too many tokens is read in the same query.
	 * @param guesses the token-guessing throttle's key of the address asking
	 * @throws app.aftercare.web.TooManyRequestsException when that address has no tries
	 * left, whatever the token
	 */
	public Optional<PatientPage> find(String token, Throttles.Key guesses) {
		if (!LinkTokens.isWellFormed(token)) {
			this.guessing.checkAllowed(guesses);
			return Optional.empty();
		}
		return this.lookup.find(LinkTokens.hash(token), guesses).filter((row) -> !row.revoked()).map((row) -> {
			TreatmentSnapshot snapshot = this.snapshots.get(new Stamp(row.treatmentId(), row.pageVersion()),
					(stamp) -> this.treatments.snapshot(row.clinicId(), row.treatmentId()));
			return new PatientPage(row.linkId(), row.clinicId(), row.firstName(), row.locale(), row.clinicName(),
					row.clinicPhone(), row.zone(), snapshot);
		}).filter((page) -> !PatientLinkService.isExpired(page.file().plan(), this.clock.instant()));
	}

	/**
	 * Notes that the patient opened the page: the only change a visit makes, stored
	 * within seconds ({@link LinkOpens}).
	 */
	public void opened(String token) {
		this.opens.opened(LinkTokens.hash(token));
	}

	/**
	 * Stores the patient's report on the page's treatment, which raises the clinic's
	 * alert when the report needs one.
	 * @return the alert raised, if any
	 * @throws TooManyCheckInsException after {@value #MAX_CHECK_INS} check-ins within a
	 * day
	 */
	@Transactional
	public Optional<AlertLevel> checkIn(PatientPage page, Set<Symptom> symptoms, Integer soreness) {
		if (page.file().patientReportsAfter(this.clock.instant().minus(CHECK_IN_WINDOW)) >= MAX_CHECK_INS) {
			throw new TooManyCheckInsException();
		}
		Optional<AlertLevel> alert = this.treatments.recordSymptoms(page.clinicId(), page.treatmentId(),
				SymptomSource.PATIENT, symptoms, soreness);
		this.auditLog.recordAnonymous(page.clinicId(), "patient link", AuditAction.PATIENT_CHECK_IN, "Treatment",
				page.treatmentId());
		this.meters.counter("aftercare.checkins", "alert", alert.map(AlertLevel::name).orElse("NONE")).increment();
		return alert;
	}

	/**
	 * Stops the reminder emails of the page's treatment (unsubscribe); again changes
	 * nothing.
	 */
	@Transactional
	public void stopReminders(PatientPage page) {
		this.treatments.stopReminders(page.clinicId(), page.treatmentId());
	}

	/**
	 * A version of what the page shows of one treatment.
	 */
	private record Stamp(long treatmentId, long pageVersion) {
	}

}
