package app.aftercare.patientlink;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.clinic.Clinic;
import app.aftercare.clinic.ClinicService;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientService;
import app.aftercare.patientlink.PatientLinkService.OpenedLink;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.treatment.AlertLevel;
import app.aftercare.treatment.TreatmentService;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's side of a link: what their page shows, and their check-ins. The treatment
 * always comes from the token, never from the request.
 */
@Service
class PatientPageService {

	/** At most this many check-ins of one treatment... */
	static final int MAX_CHECK_INS = 20;

	/** ...within this time. */
	static final Duration CHECK_IN_WINDOW = Duration.ofHours(24);

	private final PatientLinkService links;

	private final PatientService patients;

	private final ClinicService clinics;

	private final TreatmentService treatments;

	private final AuditLog auditLog;

	private final Clock clock;

	private final MeterRegistry meters;

	PatientPageService(PatientLinkService links, PatientService patients, ClinicService clinics,
			TreatmentService treatments, AuditLog auditLog, Clock clock, MeterRegistry meters) {
		this.meters = meters;
		this.links = links;
		this.patients = patients;
		this.clinics = clinics;
		this.treatments = treatments;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The page of a valid link, read in one transaction; changes nothing.
	 */
	@Transactional(readOnly = true)
	public Optional<PatientPage> find(String token) {
		return this.links.resolve(token).map(this::page);
	}

	/**
	 * Notes that the patient opened the page: the only change a visit makes.
	 */
	@Transactional
	public void opened(PatientPage page) {
		this.links.recordOpened(page.linkId());
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

	private PatientPage page(OpenedLink opened) {
		PatientLink link = opened.link();
		Patient patient = this.patients.get(link.getClinicId(), opened.file().patientId());
		Clinic clinic = this.clinics.clinic(link.getClinicId());
		return new PatientPage(link.getId(), link.getClinicId(), patient.getFirstName(), patient.getPreferredLocale(),
				clinic.getName(), clinic.getPhone(), clinic.getTimeZone(), opened.file());
	}

}
