package app.aftercare.treatment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.aftercare.rules.Milestone;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.ObservedSymptom;
import app.aftercare.rules.Plan;
import app.aftercare.rules.Review;
import app.aftercare.rules.RuleSet;
import app.aftercare.rules.RuleSets;
import app.aftercare.rules.Status;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;

/**
 * A treatment with everything that happened after it — symptom reports, the alerts they
 * raised, reviews — and the plan the rule set the treatment was logged under computes
 * from them. Every change to a treatment's follow-up goes through here, so that its
 * invariants hold in one place: no report precedes the treatment, a review decides
 * something and never reaches back before the treatment, only a patient's report raises
 * an alert, and an alert closes once. The current instant is always passed in.
 * <p>
 * Other features read it through {@link TreatmentView}, {@link ReportView},
 * {@link ReviewView} and the {@link Plan}, never through the entities.
 */
public final class TreatmentFile {

	private final Treatment treatment;

	private final RuleSet ruleSet;

	private final List<SymptomReport> reports;

	private final List<TreatmentReview> reviews;

	private final List<SymptomReport> newReports = new ArrayList<>();

	private final List<TreatmentReview> newReviews = new ArrayList<>();

	private Plan plan;

	/**
	 * @param reports the treatment's reports, oldest first
	 * @param reviews the treatment's reviews, oldest first
	 */
	TreatmentFile(Treatment treatment, Collection<SymptomReport> reports, Collection<TreatmentReview> reviews) {
		this.treatment = treatment;
		this.ruleSet = RuleSets.find(treatment.getRuleSet())
			.orElseThrow(() -> new IllegalStateException("Unknown rule set " + treatment.getRuleSet()));
		this.reports = new ArrayList<>(reports);
		this.reviews = new ArrayList<>(reviews);
	}

	/**
	 * The file of a treatment just logged: symptoms seen in clinic are reported at the
	 * treatment time.
	 */
	static TreatmentFile logged(Treatment treatment, Set<Symptom> seenInClinic) {
		TreatmentFile file = new TreatmentFile(treatment, List.of(), List.of());
		if (!seenInClinic.isEmpty()) {
			file.add(new SymptomReport(treatment, treatment.getTreatedAt(), SymptomSource.CLINIC, seenInClinic, null));
		}
		return file;
	}

	/**
	 * Records symptoms. A treatment may be logged up to an hour ahead, so a report made
	 * before the treatment time counts from the treatment time. A patient's report with
	 * an urgent sign raises an URGENT alert; one with a red flag a CONTACT_PHYSIO alert
	 * when the plan, with this report, says to contact the physiotherapist (R8), else a
	 * RED_FLAG alert. The clinic's own reports raise none: the physiotherapist is there.
	 * @return the alert raised, if any
	 */
	Optional<AlertLevel> recordSymptoms(SymptomSource source, Set<Symptom> symptoms, Integer soreness, Instant now) {
		Instant treatedAt = this.treatment.getTreatedAt();
		SymptomReport report = new SymptomReport(this.treatment, now.isBefore(treatedAt) ? treatedAt : now, source,
				symptoms, soreness);
		add(report);
		if (source == SymptomSource.PATIENT) {
			alertFor(report.observed()).ifPresent(report::raiseAlert);
		}
		return Optional.ofNullable(report.getAlertLevel());
	}

	private Optional<AlertLevel> alertFor(List<ObservedSymptom> observed) {
		if (observed.stream().anyMatch((symptom) -> symptom.symptom().urgentSign())) {
			return Optional.of(AlertLevel.URGENT);
		}
		if (observed.stream().anyMatch((symptom) -> symptom.symptom().redFlag())) {
			return Optional.of(plan().contactPhysio() ? AlertLevel.CONTACT_PHYSIO : AlertLevel.RED_FLAG);
		}
		return Optional.empty();
	}

	/**
	 * Records a physiotherapist's review (R9) and closes every open alert: the
	 * physiotherapist has seen them.
	 * @throws InvalidTreatmentException when the review decides nothing, leaves an
	 * extension half given, or clears or extends to before the treatment
	 */
	void review(Long reviewerId, ReviewDecision decision, Instant now) {
		if (!decision.clears() && !decision.extendsMilestone()) {
			throw new InvalidTreatmentException("clearedFrom", "review.nothing");
		}
		if (decision.extendsMilestone() && (decision.extendedMilestone() == null || decision.extendedTo() == null)) {
			throw new InvalidTreatmentException("extendedTo", "review.extendedTo.required");
		}
		Instant treatedAt = this.treatment.getTreatedAt();
		if (decision.clears() && decision.clearedFrom().isBefore(treatedAt)) {
			throw new InvalidTreatmentException("clearedFrom", "review.clearedFrom.beforeTreatment");
		}
		if (decision.extendsMilestone() && decision.extendedTo().isBefore(treatedAt)) {
			throw new InvalidTreatmentException("extendedTo", "review.extendedTo.beforeTreatment");
		}
		TreatmentReview review = new TreatmentReview(this.treatment, reviewerId, now, decision.clearedFrom(),
				decision.extendedMilestone(), decision.extendedTo(), decision.note().trim(),
				blankToNull(decision.patientNote()));
		this.reviews.add(review);
		this.newReviews.add(review);
		this.plan = null;
		this.reports.forEach((report) -> report.resolve(reviewerId, now));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * Closes the alert of one report of this treatment; an alert already closed keeps who
	 * closed it and when.
	 * @return false when the treatment has no such report
	 */
	boolean acknowledge(Long reportId, Long staffId, Instant now) {
		Optional<SymptomReport> report = this.reports.stream()
			.filter((candidate) -> reportId.equals(candidate.getId()))
			.findFirst();
		report.ifPresent((found) -> found.resolve(staffId, now));
		return report.isPresent();
	}

	/**
	 * Changes the treatment, unless someone else saved it since {@code version} was read.
	 * Symptoms are not edited here: they only ever add up (milestones never move
	 * earlier).
	 * @throws TreatmentConflictException when the treatment changed since
	 * @throws InvalidTreatmentException when a new treatment time is out of bounds
	 */
	void change(long version, TreatmentDetails details, Instant now) {
		if (this.treatment.getVersion() != version) {
			throw new TreatmentConflictException(this.treatment);
		}
		if (!details.treatedAt().equals(this.treatment.getTreatedAt())) {
			reschedule(details.treatedAt(), now);
		}
		this.treatment.change(details, now);
		this.plan = null;
	}

	/**
	 * Moves the symptoms seen in clinic at the treatment with it. A new time after any
	 * other report is refused, since no report precedes its treatment; the reports stay
	 * as they were then.
	 */
	private void reschedule(Instant after, Instant now) {
		Treatment.checkTreatedAt(after, now);
		Instant before = this.treatment.getTreatedAt();
		List<SymptomReport> moving = this.reports.stream().filter((report) -> seenAtTreatment(report, before)).toList();
		boolean reportBefore = this.reports.stream()
			.anyMatch((report) -> !moving.contains(report) && report.getReportedAt().isBefore(after));
		if (reportBefore) {
			throw new InvalidTreatmentException("treatedAt", "treatment.treatedAt.afterReports");
		}
		moving.forEach((report) -> report.movedWithTreatment(after));
		this.reports.sort(Comparator.comparing(SymptomReport::getReportedAt));
	}

	private static boolean seenAtTreatment(SymptomReport report, Instant treatedAt) {
		return report.getSource() == SymptomSource.CLINIC && report.getReportedAt().equals(treatedAt);
	}

	/**
	 * The plan, computed with the rule set the treatment was logged under.
	 */
	public Plan plan() {
		if (this.plan == null) {
			List<ObservedSymptom> symptoms = this.reports.stream()
				.flatMap((report) -> report.observed().stream())
				.toList();
			this.plan = this.ruleSet.plan(this.treatment.planInput(symptoms, combined(this.reviews)));
		}
		return this.plan;
	}

	/**
	 * The plan as the pages show it at {@code now}, in the clinic's zone.
	 */
	public PlanView planAt(ZoneId zone, Instant now) {
		return PlanView.of(plan(), this.treatment.getAreas(), zone, now);
	}

	/**
	 * The latest report or review after the treatment and how the plan moved because of
	 * it: the plan now against the plan without it. Symptoms seen at the treatment are
	 * part of the first plan, not a change.
	 */
	public Optional<PlanChange> lastChange() {
		Instant treatedAt = this.treatment.getTreatedAt();
		Optional<SymptomReport> lastReport = this.reports.stream()
			.filter((report) -> !seenAtTreatment(report, treatedAt))
			.max(Comparator.comparing(SymptomReport::getReportedAt));
		Optional<TreatmentReview> lastReview = this.reviews.stream()
			.max(Comparator.comparing(TreatmentReview::getReviewedAt));
		String patientNote = this.reviews.stream()
			.filter((review) -> review.getPatientNote() != null)
			.max(Comparator.comparing(TreatmentReview::getReviewedAt))
			.map(TreatmentReview::getPatientNote)
			.orElse(null);
		boolean reviewLast = lastReview.isPresent() && (lastReport.isEmpty()
				|| !lastReview.get().getReviewedAt().isBefore(lastReport.get().getReportedAt()));
		if (reviewLast) {
			TreatmentReview review = lastReview.get();
			Plan before = planWithout(null, review);
			return Optional.of(new PlanChange(review.getReviewedAt(), PlanChange.Cause.REVIEW, Set.of(),
					moved(before, plan()), patientNote));
		}
		if (lastReport.isEmpty()) {
			return Optional.empty();
		}
		SymptomReport report = lastReport.get();
		Set<Symptom> said = EnumSet.noneOf(Symptom.class);
		report.observed().forEach((observed) -> said.add(observed.symptom()));
		PlanChange.Cause cause = (report.getSource() == SymptomSource.PATIENT) ? PlanChange.Cause.PATIENT_REPORT
				: PlanChange.Cause.CLINIC_REPORT;
		return Optional.of(new PlanChange(report.getReportedAt(), cause, Set.copyOf(said),
				moved(planWithout(report, null), plan()), patientNote));
	}

	private Plan planWithout(SymptomReport leftOut, TreatmentReview reviewLeftOut) {
		List<ObservedSymptom> symptoms = this.reports.stream()
			.filter((report) -> report != leftOut)
			.flatMap((report) -> report.observed().stream())
			.toList();
		List<TreatmentReview> reviews = this.reviews.stream().filter((review) -> review != reviewLeftOut).toList();
		return this.ruleSet.plan(this.treatment.planInput(symptoms, combined(reviews)));
	}

	private static List<Milestone> moved(Plan before, Plan after) {
		List<Milestone> moved = new ArrayList<>();
		for (Milestone now : after.milestones()) {
			Milestone then = before.milestone(now.code());
			boolean same = (now.onHold() == then.onHold()) && (now.onHold() || now.from().equals(then.from()));
			if (!same) {
				moved.add(now);
			}
		}
		return List.copyOf(moved);
	}

	/**
	 * The milestones a reminder is emailed for when they arrive.
	 */
	public static final Set<MilestoneCode> REMINDED = Set.of(MilestoneCode.LIGHT_EXERCISE, MilestoneCode.FULL_TRAINING);

	/**
	 * The milestones still to come after {@code now} that the patient is to be reminded
	 * of: none unless reminders are on (ticked, an address, not stopped), none after an
	 * urgent sign (even once reviewed: the clinic speaks to the patient then), none on
	 * hold; light exercise not when full training arrives at the same moment (one email
	 * says both).
	 */
	public List<Milestone> reminders(Instant now) {
		if (!treatment().remindersOn() || urgentSignReported()) {
			return List.of();
		}
		return plan().milestones()
			.stream()
			.filter((milestone) -> REMINDED.contains(milestone.code()) && !milestone.onHold())
			.filter((milestone) -> milestone.from().isAfter(now))
			.filter((milestone) -> !sameMomentAsFullTraining(milestone))
			.toList();
	}

	/**
	 * Whether a reminder of {@code milestone} at {@code at} is still wanted: reminders
	 * on, no urgent sign, and the plan still has the milestone, not on hold, at that
	 * moment (to the second).
	 */
	public boolean remindsOf(MilestoneCode milestone, Instant at) {
		if (!REMINDED.contains(milestone) || !treatment().remindersOn() || urgentSignReported()) {
			return false;
		}
		Milestone planned = plan().milestone(milestone);
		return !planned.onHold() && planned.from().getEpochSecond() == at.getEpochSecond()
				&& !sameMomentAsFullTraining(planned);
	}

	private boolean sameMomentAsFullTraining(Milestone milestone) {
		Milestone fullTraining = plan().milestone(MilestoneCode.FULL_TRAINING);
		return milestone.code() == MilestoneCode.LIGHT_EXERCISE && !fullTraining.onHold()
				&& fullTraining.from().equals(milestone.from());
	}

	private boolean urgentSignReported() {
		return this.reports.stream()
			.anyMatch((report) -> report.observed().stream().anyMatch((symptom) -> symptom.symptom().urgentSign()));
	}

	/**
	 * What the patient's side needs of this file, computed now and immutable.
	 */
	public TreatmentSnapshot snapshot() {
		List<Instant> patientReports = this.reports.stream()
			.filter((report) -> report.getSource() == SymptomSource.PATIENT)
			.map(SymptomReport::getReportedAt)
			.toList();
		TreatmentView view = treatment();
		Boolean reminders = (view.emailReminders() && view.emailTo() != null) ? view.remindersStoppedAt() == null
				: null;
		return new TreatmentSnapshot(id(), patientId(), plan(), this.treatment.getAreas(), lastChange().orElse(null),
				patientReports, this.reports.size() + this.reviews.size(), reminders);
	}

	public Status statusAt(Instant now) {
		return plan().statusAt(now);
	}

	/**
	 * All reviews as the rules see one: cleared from the latest clearance, each milestone
	 * extended to its latest extension, with the latest note.
	 */
	static Review combined(Collection<TreatmentReview> reviews) {
		if (reviews.isEmpty()) {
			return null;
		}
		Instant clearedFrom = null;
		Map<MilestoneCode, Instant> extensions = new EnumMap<>(MilestoneCode.class);
		String note = null;
		for (TreatmentReview review : reviews) {
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

	public Long id() {
		return this.treatment.getId();
	}

	public Long patientId() {
		return this.treatment.getPatientId();
	}

	public TreatmentView treatment() {
		return TreatmentView.of(this.treatment);
	}

	/**
	 * The reports, oldest first.
	 */
	public List<ReportView> reports() {
		return this.reports.stream().map(ReportView::of).toList();
	}

	/**
	 * The reviews, oldest first, each with the reports it cleared.
	 */
	public List<ReviewView> reviews() {
		return this.reviews.stream().map((review) -> ReviewView.of(review, clearedBy(review))).toList();
	}

	/**
	 * Whether a review cleared the red flags or urgent signs of this report.
	 */
	public boolean clearedByReview(Long reportId) {
		return this.reviews.stream()
			.flatMap((review) -> clearedBy(review).stream())
			.anyMatch((report) -> reportId.equals(report.id()));
	}

	/**
	 * The reports whose red flags or urgent signs stop counting because of the review
	 * (R9: those reported up to its {@code clearedFrom}); none when it only extends.
	 */
	private List<ReportView> clearedBy(TreatmentReview review) {
		Instant clearedFrom = review.getClearedFrom();
		if (clearedFrom == null) {
			return List.of();
		}
		return this.reports.stream()
			.filter((report) -> !report.getReportedAt().isAfter(clearedFrom))
			.filter((report) -> report.observed()
				.stream()
				.anyMatch((symptom) -> symptom.symptom().redFlag() || symptom.symptom().urgentSign()))
			.map(ReportView::of)
			.toList();
	}

	public List<ReportView> openAlerts() {
		return this.reports.stream().filter(SymptomReport::hasOpenAlert).map(ReportView::of).toList();
	}

	/**
	 * How many reports the patient made after {@code since}.
	 */
	public long patientReportsAfter(Instant since) {
		return this.reports.stream()
			.filter((report) -> report.getSource() == SymptomSource.PATIENT && report.getReportedAt().isAfter(since))
			.count();
	}

	Treatment entity() {
		return this.treatment;
	}

	/**
	 * Reports added since the file was loaded, for the service to save.
	 */
	List<SymptomReport> newReports() {
		return List.copyOf(this.newReports);
	}

	/**
	 * Reviews added since the file was loaded, for the service to save.
	 */
	List<TreatmentReview> newReviews() {
		return List.copyOf(this.newReviews);
	}

	private void add(SymptomReport report) {
		this.reports.add(report);
		this.newReports.add(report);
		this.plan = null;
	}

}
