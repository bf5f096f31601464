package app.aftercare.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.outbox.Outbox;
import app.aftercare.clinic.ClinicService;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientService;
import app.aftercare.patientlink.PatientLink;
import app.aftercare.patientlink.PatientLinkService;
import app.aftercare.privacy.PatientExport.AreaData;
import app.aftercare.privacy.PatientExport.LinkData;
import app.aftercare.privacy.PatientExport.MilestoneData;
import app.aftercare.privacy.PatientExport.PatientData;
import app.aftercare.privacy.PatientExport.PlanData;
import app.aftercare.privacy.PatientExport.ReviewData;
import app.aftercare.privacy.PatientExport.SymptomReportData;
import app.aftercare.privacy.PatientExport.TreatmentData;
import app.aftercare.rules.Plan;
import app.aftercare.treatment.ReportView;
import app.aftercare.treatment.ReviewView;
import app.aftercare.treatment.TreatmentFile;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.treatment.TreatmentView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's rights over their data (GDPR art. 15, 17, 20): export everything the clinic
 * holds about one patient, and erase their personal data. Both are audited; the audit
 * trail itself holds record ids, not personal data, and is kept.
 */
@Service
public class PrivacyService {

	private static final String RECORD_TYPE = "Patient";

	private final PatientService patients;

	private final TreatmentService treatments;

	private final PatientLinkService links;

	private final ClinicService clinics;

	private final AuditLog auditLog;

	private final Outbox outbox;

	private final Clock clock;

	PrivacyService(PatientService patients, TreatmentService treatments, PatientLinkService links,
			ClinicService clinics, AuditLog auditLog, Outbox outbox, Clock clock) {
		this.patients = patients;
		this.treatments = treatments;
		this.links = links;
		this.clinics = clinics;
		this.auditLog = auditLog;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Everything about one patient of the clinic: their details, treatments with plans,
	 * symptom reports, reviews, and the history of their links.
	 * @throws app.aftercare.patient.PatientNotFoundException when the clinic has no such
	 * patient
	 */
	@Transactional(readOnly = true)
	public PatientExport export(Long clinicId, Long patientId) {
		Patient patient = this.patients.get(clinicId, patientId);
		List<TreatmentFile> files = this.treatments.forPatient(clinicId, patientId);
		Map<Long, List<PatientLink>> linksByTreatment = this.links
			.links(clinicId, files.stream().map(TreatmentFile::id).toList())
			.stream()
			.collect(Collectors.groupingBy(PatientLink::getTreatmentId));
		Map<Long, String> staffNames = this.clinics.staffNames(clinicId);
		Instant now = this.clock.instant();
		List<TreatmentData> treatmentData = files.stream()
			.map((file) -> treatment(file, staffNames, linksByTreatment.getOrDefault(file.id(), List.of()), now))
			.toList();
		PatientExport export = new PatientExport(PatientExport.FORMAT, now, this.clinics.clinic(clinicId).getName(),
				patient(patient), treatmentData);
		this.auditLog.record(AuditAction.EXPORT, RECORD_TYPE, patientId);
		return export;
	}

	/**
	 * Erases a patient of the clinic: revokes every link of their treatments, deletes the
	 * messages about them (sent or due, {@code treatment:<id>}), removes their names,
	 * date of birth, contact details and notes, and the free text of their treatments and
	 * reviews. Treatments, symptom reports and reviews stay as clinical records without
	 * personal text; the audit trail stays. Erasing twice changes nothing more.
	 * @throws app.aftercare.patient.PatientNotFoundException when the clinic has no such
	 * patient
	 */
	@Transactional
	public void erase(Long clinicId, Long patientId) {
		this.patients.get(clinicId, patientId);
		List<Long> treatmentIds = this.treatments.eraseNotesOfPatient(clinicId, patientId);
		this.links.revokeAll(clinicId, treatmentIds);
		this.outbox.erase(clinicId, treatmentIds.stream().map((id) -> "treatment:" + id).toList());
		this.patients.erase(clinicId, patientId);
		this.auditLog.record(AuditAction.ERASE, RECORD_TYPE, patientId);
	}

	private static PatientData patient(Patient patient) {
		return new PatientData(patient.getId(), patient.getFirstName(), patient.getLastName(), patient.getDateOfBirth(),
				patient.getEmail(), patient.getPhone(), patient.getPreferredLanguage(), patient.getNotes(),
				patient.getCreatedAt(), patient.getUpdatedAt(), patient.getErasedAt());
	}

	private static TreatmentData treatment(TreatmentFile file, Map<Long, String> staffNames, List<PatientLink> links,
			Instant now) {
		TreatmentView treatment = file.treatment();
		return new TreatmentData(treatment.id(), treatment.treatedAt(), staffNames.get(treatment.physioId()),
				treatment.areas()
					.stream()
					.map((area) -> new AreaData(area.area().name(), (area.side() != null) ? area.side().name() : null))
					.toList(),
				treatment.intensity().name(), treatment.sensitiveArea(), treatment.needleCount(), treatment.notes(),
				treatment.ruleSet(), plan(file.plan(), now),
				file.reports().stream().map(PrivacyService::report).toList(),
				file.reviews().stream().map((review) -> review(review, staffNames)).toList(),
				links.stream()
					.map((link) -> new LinkData(link.getCreatedAt(), link.getRevokedAt(), link.getLastOpenedAt(),
							link.getOpenCount()))
					.toList(),
				treatment.createdAt(), treatment.updatedAt());
	}

	private static PlanData plan(Plan plan, Instant now) {
		return new PlanData(plan.statusAt(now).name(),
				plan.milestones()
					.stream()
					.map((milestone) -> new MilestoneData(milestone.code().name(), milestone.from(), milestone.onHold(),
							milestone.rules().stream().map(Enum::name).toList()))
					.toList(),
				plan.advice().stream().map(Enum::name).toList(), plan.safetyNet());
	}

	private static SymptomReportData report(ReportView report) {
		return new SymptomReportData(report.reportedAt(), report.source().name(),
				report.symptoms().stream().map(Enum::name).sorted().toList(), report.soreness(),
				(report.alertLevel() != null) ? report.alertLevel().name() : null, report.resolvedAt());
	}

	private static ReviewData review(ReviewView review, Map<Long, String> staffNames) {
		return new ReviewData(review.reviewedAt(), staffNames.get(review.reviewerId()), review.clearedFrom(),
				(review.extendedMilestone() != null) ? review.extendedMilestone().name() : null, review.extendedTo(),
				review.note(), review.patientNote());
	}

}
