package app.aftercare.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.clinic.Clinic;
import app.aftercare.clinic.ClinicService;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientService;
import app.aftercare.treatment.TreatmentFile;
import app.aftercare.treatment.PatientLinkPort;
import app.aftercare.treatment.PatientLinkPort.LinkState;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.treatment.TreatmentView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what the aftercare sheet of a treatment shows, in a fixed number of queries,
 * and records that staff printed it.
 */
@Service
public class AftercareSheetService {

	private final TreatmentService treatments;

	private final PatientService patients;

	private final ClinicService clinics;

	private final PatientLinkPort links;

	private final AuditLog auditLog;

	private final Clock clock;

	AftercareSheetService(TreatmentService treatments, PatientService patients, ClinicService clinics,
			PatientLinkPort links, AuditLog auditLog, Clock clock) {
		this.treatments = treatments;
		this.patients = patients;
		this.clinics = clinics;
		this.links = links;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The sheet of a treatment of the clinic, with the treatment's active patient link.
	 * @throws app.aftercare.treatment.TreatmentNotFoundException for a treatment of
	 * another clinic
	 */
	@Transactional(readOnly = true)
	public AftercareSheet print(Long clinicId, Long treatmentId) {
		TreatmentFile file = this.treatments.file(clinicId, treatmentId);
		TreatmentView treatment = file.treatment();
		Clinic clinic = this.clinics.clinic(clinicId);
		Patient patient = this.patients.get(clinicId, treatment.patientId());
		String physiotherapist = this.clinics.staffNames(clinicId).get(treatment.physioId());
		Optional<LinkState> link = this.links.state(clinicId, treatmentId, file.plan());
		ZoneId zone = clinic.getTimeZone();
		Instant now = this.clock.instant();
		this.auditLog.record(AuditAction.PRINT, "Treatment", treatmentId);
		return new AftercareSheet(treatmentId, patient.getPreferredLocale(), clinic.getName(), clinic.getPhone(),
				clinic.getAddress(), patient.getFirstName(), physiotherapist, treatment.treatedAt().atZone(zone),
				treatment.areas(), file.planAt(zone, now), link.map(LinkState::url).orElse(null),
				link.map(LinkState::localOnly).orElse(false),
				link.map(LinkState::expiresAt).map((expiresAt) -> expiresAt.atZone(zone)).orElse(null),
				now.atZone(zone));
	}

}
