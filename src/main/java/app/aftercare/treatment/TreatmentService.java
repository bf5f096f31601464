package app.aftercare.treatment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import app.aftercare.rules.Review;
import app.aftercare.rules.RuleSet;
import app.aftercare.rules.RuleSets;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs treatments, records what happens after them (symptom reports, reviews) and
 * computes their plans with the rule set each treatment was logged under.
 */
@Service
public class TreatmentService {

	/** How far ahead of now a treatment may be logged. */
	static final Duration MAX_AHEAD = Duration.ofHours(1);

	/** How far back a treatment may be logged. */
	static final Duration MAX_BACK = Duration.ofDays(30);

	private static final int MAX_ALERTS = 100;

	private final Treatments treatments;

	private final SymptomReports reports;

	private final TreatmentReviews reviews;

	private final PatientService patients;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TreatmentService(Treatments treatments, SymptomReports reports, TreatmentReviews reviews, PatientService patients,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.treatments = treatments;
		this.reports = reports;
		this.reviews = reviews;
		this.patients = patients;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Logs a treatment of a patient of the clinic, with the symptoms seen in clinic,
	 * under the current rule set.
	 */
	@Transactional
	public Treatment log(Long clinicId, Long physioId, Long patientId, TreatmentDetails details) {
		this.patients.get(clinicId, patientId);
		Instant now = this.clock.instant();
		checkTreatedAt(details.treatedAt(), now);
		Treatment treatment = this.treatments
			.save(new Treatment(clinicId, patientId, physioId, details, RuleSets.current().version(), now));
		if (!details.symptoms().isEmpty()) {
			this.reports.save(new SymptomReport(treatment, treatment.getTreatedAt(), SymptomSource.CLINIC,
					details.symptoms(), null));
		}
		this.events.publishEvent(new TreatmentLogged(clinicId, treatment.getId()));
		this.auditLog.record(AuditAction.CREATE, "Treatment", treatment.getId());
		return treatment;
	}

	/**
	 * Changes a treatment, unless someone else saved it since {@code version} was read.
	 * Symptoms are not edited here: they only ever add up (milestones never move
	 * earlier).
	 */
	@Transactional
	public Treatment change(Long clinicId, Long treatmentId, long version, TreatmentDetails details) {
		Treatment treatment = find(clinicId, treatmentId);
		if (treatment.getVersion() != version) {
			throw new TreatmentConflictException(treatment);
		}
		Instant now = this.clock.instant();
		if (!details.treatedAt().equals(treatment.getTreatedAt())) {
			checkTreatedAt(details.treatedAt(), now);
			List<SymptomReport> existing = this.reports.findByClinicIdAndTreatmentIdOrderByReportedAtAsc(clinicId,
					treatmentId);
			for (SymptomReport report : existing) {
				if (report.getSource() == SymptomSource.CLINIC
						&& report.getReportedAt().equals(treatment.getTreatedAt())) {
					report.movedWithTreatment(details.treatedAt());
				}
				else if (report.getReportedAt().isBefore(details.treatedAt())) {
					throw new InvalidTreatmentException("treatedAt", "treatment.treatedAt.afterReports");
				}
			}
		}
		treatment.change(details, now);
		this.auditLog.record(AuditAction.UPDATE, "Treatment", treatmentId);
		return treatment;
	}

	/**
	 * The treatment with its reports, reviews and plan; a treatment of another clinic is
	 * not found.
	 */
	@Transactional(readOnly = true)
	public TreatmentFile file(Long clinicId, Long treatmentId) {
		Treatment treatment = find(clinicId, treatmentId);
		List<SymptomReport> treatmentReports = this.reports.findByClinicIdAndTreatmentIdOrderByReportedAtAsc(clinicId,
				treatmentId);
		List<TreatmentReview> treatmentReviews = this.reviews.findByClinicIdAndTreatmentIdOrderByReviewedAtAsc(clinicId,
				treatmentId);
		return new TreatmentFile(treatment, treatmentReports, treatmentReviews,
				plan(treatment, treatmentReports, treatmentReviews));
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
	@Transactional(readOnly = true)
	public List<TreatmentFile> files(Long clinicId, List<Treatment> treatmentList) {
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
		List<TreatmentFile> result = new ArrayList<>();
		for (Treatment treatment : treatmentList) {
			List<SymptomReport> treatmentReports = reportsById.getOrDefault(treatment.getId(), List.of());
			List<TreatmentReview> treatmentReviews = reviewsById.getOrDefault(treatment.getId(), List.of());
			result.add(new TreatmentFile(treatment, treatmentReports, treatmentReviews,
					plan(treatment, treatmentReports, treatmentReviews)));
		}
		return result;
	}

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
	 * Records symptoms for a treatment. A patient's report with a red flag or an urgent
	 * sign raises an alert for the clinic.
	 */
	@Transactional
	public SymptomReport recordSymptoms(Long clinicId, Long treatmentId, SymptomSource source, Set<Symptom> symptoms,
			Integer soreness) {
		TreatmentFile before = file(clinicId, treatmentId);
		Instant now = this.clock.instant();
		// a treatment may be logged up to an hour ahead; a report never precedes it
		Instant reportedAt = now.isBefore(before.treatment().getTreatedAt()) ? before.treatment().getTreatedAt() : now;
		SymptomReport report = new SymptomReport(before.treatment(), reportedAt, source, symptoms, soreness);
		if (source == SymptomSource.PATIENT) {
			List<ObservedSymptom> observed = report.observed();
			if (observed.stream().anyMatch((symptom) -> symptom.symptom().urgentSign())) {
				report.raiseAlert(AlertLevel.URGENT);
			}
			else if (observed.stream().anyMatch((symptom) -> symptom.symptom().redFlag())) {
				Plan after = plan(before.treatment(), append(before.reports(), report), before.reviews());
				report.raiseAlert(after.contactPhysio() ? AlertLevel.CONTACT_PHYSIO : AlertLevel.RED_FLAG);
			}
		}
		SymptomReport saved = this.reports.save(report);
		if (source == SymptomSource.CLINIC) {
			this.auditLog.record(AuditAction.SYMPTOMS_RECORDED, "Treatment", treatmentId);
		}
		return saved;
	}

	/**
	 * Records a physiotherapist's review (R9) and closes the treatment's open alerts.
	 */
	@Transactional
	public TreatmentReview review(Long clinicId, Long treatmentId, Long reviewerId, Instant clearedFrom,
			MilestoneCode extendedMilestone, Instant extendedTo, String note) {
		Treatment treatment = find(clinicId, treatmentId);
		if (clearedFrom == null && extendedTo == null) {
			throw new InvalidTreatmentException("clearedFrom", "review.nothing");
		}
		if (clearedFrom != null && clearedFrom.isBefore(treatment.getTreatedAt())) {
			throw new InvalidTreatmentException("clearedFrom", "review.clearedFrom.beforeTreatment");
		}
		if (extendedTo != null && extendedTo.isBefore(treatment.getTreatedAt())) {
			throw new InvalidTreatmentException("extendedTo", "review.extendedTo.beforeTreatment");
		}
		Instant now = this.clock.instant();
		TreatmentReview review = this.reviews.save(new TreatmentReview(treatment, reviewerId, now, clearedFrom,
				extendedMilestone, extendedTo, note.trim()));
		this.reports.findOpenAlerts(clinicId, treatmentId).forEach((report) -> report.resolve(reviewerId, now));
		this.auditLog.record(AuditAction.REVIEW, "Treatment", treatmentId);
		return review;
	}

	/**
	 * Closes one alert; the report must belong to the treatment, and the treatment to the
	 * clinic.
	 */
	@Transactional
	public void acknowledge(Long clinicId, Long treatmentId, Long reportId, Long staffId) {
		SymptomReport report = this.reports.findByIdAndTreatmentIdAndClinicId(reportId, treatmentId, clinicId)
			.orElseThrow(() -> notFound("SymptomReport", reportId));
		report.resolve(staffId, this.clock.instant());
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

	/**
	 * The plan of a treatment, computed with the rule set it was logged under.
	 */
	public Plan plan(Treatment treatment, Collection<SymptomReport> treatmentReports,
			Collection<TreatmentReview> treatmentReviews) {
		RuleSet ruleSet = RuleSets.find(treatment.getRuleSet())
			.orElseThrow(() -> new IllegalStateException("Unknown rule set " + treatment.getRuleSet()));
		List<ObservedSymptom> symptoms = treatmentReports.stream()
			.flatMap((report) -> report.observed().stream())
			.toList();
		return ruleSet.plan(treatment.planInput(symptoms, combined(treatmentReviews)));
	}

	/**
	 * All reviews of a treatment as the rules see one: cleared from the latest clearance,
	 * each milestone extended to its latest extension.
	 */
	static Review combined(Collection<TreatmentReview> treatmentReviews) {
		if (treatmentReviews.isEmpty()) {
			return null;
		}
		Instant clearedFrom = null;
		Map<MilestoneCode, Instant> extensions = new EnumMap<>(MilestoneCode.class);
		String note = null;
		for (TreatmentReview review : treatmentReviews) {
			if (review.getClearedFrom() != null
					&& (clearedFrom == null || review.getClearedFrom().isAfter(clearedFrom))) {
				clearedFrom = review.getClearedFrom();
			}
			if (review.getExtendedMilestone() != null) {
				extensions.merge(review.getExtendedMilestone(), review.getExtendedTo(), (a, b) -> a.isAfter(b) ? a : b);
			}
			note = review.getNote();
		}
		return new Review(clearedFrom, extensions, note);
	}

	private Treatment find(Long clinicId, Long treatmentId) {
		return this.treatments.findByIdAndClinicId(treatmentId, clinicId)
			.orElseThrow(() -> notFound("Treatment", treatmentId));
	}

	private TreatmentNotFoundException notFound(String type, Long id) {
		this.auditLog.record(AuditAction.RECORD_NOT_FOUND, type, id);
		return new TreatmentNotFoundException();
	}

	private void checkTreatedAt(Instant treatedAt, Instant now) {
		if (treatedAt.isAfter(now.plus(MAX_AHEAD))) {
			throw new InvalidTreatmentException("treatedAt", "treatment.treatedAt.future");
		}
		if (treatedAt.isBefore(now.minus(MAX_BACK))) {
			throw new InvalidTreatmentException("treatedAt", "treatment.treatedAt.tooOld");
		}
	}

	private static List<SymptomReport> append(List<SymptomReport> reports, SymptomReport report) {
		List<SymptomReport> all = new ArrayList<>(reports);
		all.add(report);
		return all;
	}

}
