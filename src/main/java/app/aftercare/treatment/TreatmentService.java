package app.aftercare.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.patient.PatientService;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.ObservedSymptom;
import app.aftercare.rules.Plan;
import app.aftercare.rules.PlanInput;
import app.aftercare.rules.RuleSets;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads treatment files, lets them apply a change, and saves them; the follow-up rules
 * themselves live in {@link TreatmentFile}. Also answers the clinic-wide questions (open
 * alerts, today's treatments) in a fixed number of queries.
 */
@Service
public class TreatmentService {

	/** At most this many open alerts are listed on the dashboard. */
	public static final int MAX_ALERTS = 100;

	private final Treatments treatments;

	private final SymptomReports reports;

	private final TreatmentReviews reviews;

	private final PatientService patients;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final ClinicAlertMessages alertMessages;

	private final Clock clock;

	private final PatientEmails emails;

	TreatmentService(Treatments treatments, SymptomReports reports, TreatmentReviews reviews, PatientService patients,
			AuditLog auditLog, ApplicationEventPublisher events, ClinicAlertMessages alertMessages, Clock clock,
			PatientEmails emails) {
		this.treatments = treatments;
		this.reports = reports;
		this.reviews = reviews;
		this.patients = patients;
		this.auditLog = auditLog;
		this.events = events;
		this.alertMessages = alertMessages;
		this.clock = clock;
		this.emails = emails;
	}

	/**
	 * Logs a treatment of a patient of the clinic, with the symptoms seen in clinic,
	 * under the current rule set; emails nothing.
	 */
	@Transactional
	public Treatment log(Long clinicId, Long physioId, Long patientId, TreatmentDetails details) {
		return log(clinicId, physioId, patientId, details, EmailConsent.NONE);
	}

	/**
	 * Logs a treatment of a patient of the clinic, with the symptoms seen in clinic,
	 * under the current rule set, and queues the emails the patient agreed to: the link
	 * now, reminders when their milestones arrive.
	 * @throws InvalidTreatmentException when an email is ticked for a patient without an
	 * address
	 */
	@Transactional
	public Treatment log(Long clinicId, Long physioId, Long patientId, TreatmentDetails details, EmailConsent consent) {
		String email = this.patients.get(clinicId, patientId).getEmail();
		Instant now = this.clock.instant();
		Treatment treatment = new Treatment(clinicId, patientId, physioId, details, RuleSets.current().version(), now);
		treatment.consent(consent, email);
		treatment = this.treatments.save(treatment);
		TreatmentFile file = TreatmentFile.logged(treatment, details.symptoms());
		save(file);
		this.events.publishEvent(new TreatmentLogged(clinicId, treatment.getId()));
		this.auditLog.record(AuditAction.CREATE, "Treatment", treatment.getId());
		this.emails.afterChange(file, consent.emailLink(), now);
		return treatment;
	}

	/**
	 * Changes a treatment, unless someone else saved it since {@code version} was read;
	 * what the patient agreed to be emailed stays as it was.
	 */
	@Transactional
	public void change(Long clinicId, Long treatmentId, long version, TreatmentDetails details) {
		change(clinicId, treatmentId, version, details, null);
	}

	/**
	 * Changes a treatment, unless someone else saved it since {@code version} was read,
	 * and what the patient agreed to be emailed, at the patient's email as it is now.
	 * Reminders follow the new plan; the link is emailed when ticked and this link was
	 * not emailed yet (after a reissue, saving with the tick emails the new link).
	 * @param consent the ticks, or null to keep them as they are
	 */
	@Transactional
	public void change(Long clinicId, Long treatmentId, long version, TreatmentDetails details, EmailConsent consent) {
		TreatmentFile file = file(clinicId, treatmentId);
		Instant now = this.clock.instant();
		file.change(version, details, now);
		if (consent != null) {
			file.entity().consent(consent, this.patients.get(clinicId, file.patientId()).getEmail());
		}
		this.auditLog.record(AuditAction.UPDATE, "Treatment", treatmentId);
		this.emails.afterChange(file, consent != null && consent.emailLink(), now);
	}

	/**
	 * The patient asked for no more reminder emails about this treatment (through their
	 * link); asking again changes nothing.
	 */
	@Transactional
	public void stopReminders(Long clinicId, Long treatmentId) {
		if (find(clinicId, treatmentId).stopReminders(this.clock.instant())) {
			this.auditLog.recordAnonymous(clinicId, "patient link", AuditAction.REMINDERS_STOPPED, "Treatment",
					treatmentId);
		}
	}

	/**
	 * The treatment with its reports, reviews and plan; a treatment of another clinic is
	 * not found.
	 */
	@Transactional(readOnly = true)
	public TreatmentFile file(Long clinicId, Long treatmentId) {
		return fileOf(find(clinicId, treatmentId));
	}

	private TreatmentFile fileOf(Treatment treatment) {
		return new TreatmentFile(treatment,
				this.reports.findByClinicIdAndTreatmentIdOrderByReportedAtAsc(treatment.getClinicId(),
						treatment.getId()),
				this.reviews.findByClinicIdAndTreatmentIdOrderByReviewedAtAsc(treatment.getClinicId(),
						treatment.getId()));
	}

	/**
	 * What the patient's side needs of a treatment of the clinic (see
	 * {@link TreatmentSnapshot}).
	 */
	@Transactional(readOnly = true)
	public TreatmentSnapshot snapshot(Long clinicId, Long treatmentId) {
		return file(clinicId, treatmentId).snapshot();
	}

	/**
	 * Like {@link #file} and records that staff viewed it.
	 */
	@Transactional(readOnly = true)
	public TreatmentFile view(Long clinicId, Long treatmentId) {
		TreatmentFile file = file(clinicId, treatmentId);
		this.auditLog.record(AuditAction.VIEW, "Treatment", treatmentId);
		return file;
	}

	/**
	 * The files of several treatments of one clinic, in a fixed number of queries.
	 */
	private List<TreatmentFile> files(Long clinicId, List<Treatment> treatmentList) {
		if (treatmentList.isEmpty()) {
			return List.of();
		}
		List<Long> ids = treatmentList.stream().map(Treatment::getId).toList();
		Map<Long, List<SymptomReport>> reportsById = this.reports
			.findByClinicIdAndTreatmentIdInOrderByReportedAtAsc(clinicId, ids)
			.stream()
			.collect(Collectors.groupingBy(SymptomReport::getTreatmentId));
		Map<Long, List<TreatmentReview>> reviewsById = this.reviews
			.findByClinicIdAndTreatmentIdInOrderByReviewedAtAsc(clinicId, ids)
			.stream()
			.collect(Collectors.groupingBy(TreatmentReview::getTreatmentId));
		return treatmentList.stream()
			.map((treatment) -> new TreatmentFile(treatment, reportsById.getOrDefault(treatment.getId(), List.of()),
					reviewsById.getOrDefault(treatment.getId(), List.of())))
			.toList();
	}

	/**
	 * The files of a patient's treatments, newest first, in a fixed number of queries.
	 */
	@Transactional(readOnly = true)
	public List<TreatmentFile> forPatient(Long clinicId, Long patientId) {
		return files(clinicId, this.treatments.findByClinicIdAndPatientIdOrderByTreatedAtDesc(clinicId, patientId));
	}

	/**
	 * Removes the free text of a patient's treatments and reviews (erasure); symptom
	 * reports hold no free text and stay as clinical records.
	 * @return the ids of the patient's treatments
	 */
	@Transactional
	public List<Long> eraseNotesOfPatient(Long clinicId, Long patientId) {
		List<Treatment> patientTreatments = this.treatments.findByClinicIdAndPatientIdOrderByTreatedAtDesc(clinicId,
				patientId);
		List<Long> ids = patientTreatments.stream().map(Treatment::getId).toList();
		patientTreatments.forEach(Treatment::eraseNotes);
		if (!ids.isEmpty()) {
			this.reviews.findByClinicIdAndTreatmentIdInOrderByReviewedAtAsc(clinicId, ids)
				.forEach(TreatmentReview::eraseNote);
		}
		return ids;
	}

	/**
	 * The clinic's treatments of one calendar day in its time zone, at most
	 * {@code limit}, in the order they were given.
	 */
	@Transactional(readOnly = true)
	public List<TreatmentFile> treatedOn(Long clinicId, LocalDate day, ZoneId zone, int limit) {
		return files(clinicId, this.treatments.findTreatedBetween(clinicId, day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant(), Limit.of(limit)));
	}

	/**
	 * Records symptoms for a treatment; see {@link TreatmentFile#recordSymptoms}. An
	 * alert is emailed to the clinic: queued in this transaction.
	 * @return the alert the report raised for the clinic, if any
	 */
	@Transactional
	public Optional<AlertLevel> recordSymptoms(Long clinicId, Long treatmentId, SymptomSource source,
			Set<Symptom> symptoms, Integer soreness) {
		TreatmentFile file = file(clinicId, treatmentId);
		Instant now = this.clock.instant();
		Optional<AlertLevel> alert = file.recordSymptoms(source, symptoms, soreness, now);
		save(file);
		if (alert.isPresent()) {
			List<SymptomReport> added = file.newReports();
			this.alertMessages.queue(clinicId, file.treatment().physioId(), added.get(added.size() - 1), now);
		}
		this.emails.afterChange(file, false, now);
		if (source == SymptomSource.CLINIC) {
			this.auditLog.record(AuditAction.SYMPTOMS_RECORDED, "Treatment", treatmentId);
		}
		return alert;
	}

	/**
	 * Records a physiotherapist's review (R9) and closes the treatment's open alerts.
	 */
	@Transactional
	public void review(Long clinicId, Long treatmentId, Long reviewerId, Instant clearedFrom,
			MilestoneCode extendedMilestone, Instant extendedTo, String note) {
		review(clinicId, treatmentId, reviewerId, new ReviewDecision(clearedFrom, extendedMilestone, extendedTo, note));
	}

	/**
	 * Records a physiotherapist's review (R9) and closes the treatment's open alerts.
	 */
	@Transactional
	public void review(Long clinicId, Long treatmentId, Long reviewerId, ReviewDecision decision) {
		TreatmentFile file = file(clinicId, treatmentId);
		Instant now = this.clock.instant();
		file.review(reviewerId, decision, now);
		save(file);
		this.emails.afterChange(file, false, now);
		this.auditLog.record(AuditAction.REVIEW, "Treatment", treatmentId);
	}

	/**
	 * Closes one alert; the report must belong to the treatment, and the treatment to the
	 * clinic.
	 */
	@Transactional
	public void acknowledge(Long clinicId, Long treatmentId, Long reportId, Long staffId) {
		TreatmentFile file = fileOf(this.treatments.findByIdAndClinicId(treatmentId, clinicId)
			.orElseThrow(() -> notFound("SymptomReport", reportId)));
		if (!file.acknowledge(reportId, staffId, this.clock.instant())) {
			throw notFound("SymptomReport", reportId);
		}
		this.auditLog.record(AuditAction.ACKNOWLEDGE, "SymptomReport", reportId);
	}

	/**
	 * The clinic's open alerts: URGENT first, then CONTACT_PHYSIO, then other red flags;
	 * newest first within each.
	 */
	@Transactional(readOnly = true)
	public List<Alert> openAlerts(Long clinicId) {
		List<SymptomReport> open = this.reports.findOpenAlerts(clinicId, Limit.of(MAX_ALERTS));
		if (open.isEmpty()) {
			return List.of();
		}
		Map<Long, Treatment> byId = this.treatments
			.findByClinicIdAndIdIn(clinicId, open.stream().map(SymptomReport::getTreatmentId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Treatment::getId, Function.identity()));
		return open.stream()
			.map((report) -> new Alert(report.getId(), report.getTreatmentId(),
					byId.get(report.getTreatmentId()).getPatientId(), report.getAlertLevel(), report.getReportedAt(),
					report.getSymptoms(), report.getSoreness()))
			.toList();
	}

	/**
	 * How many alerts of the clinic nobody has acknowledged yet: one count query, for the
	 * top bar of every staff page.
	 */
	@Transactional(readOnly = true)
	public long openAlertCount(Long clinicId) {
		return this.reports.countByClinicIdAndAlertLevelIsNotNullAndResolvedAtIsNull(clinicId);
	}

	/**
	 * The plan a treatment with these details would get if it were saved now.
	 */
	public Plan preview(TreatmentDetails details) {
		List<ObservedSymptom> symptoms = details.symptoms()
			.stream()
			.map((symptom) -> new ObservedSymptom(symptom, details.treatedAt(), SymptomSource.CLINIC))
			.toList();
		return RuleSets.current()
			.plan(new PlanInput(details.treatedAt(), details.areas(), details.intensity(), details.sensitiveArea(),
					symptoms, null));
	}

	private void save(TreatmentFile file) {
		file.newReports().forEach(this.reports::save);
		file.newReviews().forEach(this.reviews::save);
	}

	private Treatment find(Long clinicId, Long treatmentId) {
		return this.treatments.findByIdAndClinicId(treatmentId, clinicId)
			.orElseThrow(() -> notFound("Treatment", treatmentId));
	}

	private TreatmentNotFoundException notFound(String type, Long id) {
		this.auditLog.record(AuditAction.RECORD_NOT_FOUND, type, id);
		return new TreatmentNotFoundException();
	}

}
