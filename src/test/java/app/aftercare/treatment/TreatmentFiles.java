package app.aftercare.treatment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.RuleSets;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.rules.TreatedArea;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Test data builder for the aggregate without a database:
 * {@code aTreatment().onLowerBack().withPatientReport(hours(2), DIZZINESS).build()}.
 * Times are elapsed from the treatment, 2026-05-12 09:00 UTC; stored rows get ids as the
 * database would give them.
 */
final class TreatmentFiles {

	static final Instant TREATED_AT = Instant.parse("2026-05-12T09:00:00Z");

	static final Long CLINIC = 1L;

	static final Long TREATMENT = 7L;

	private final List<TreatedArea> areas = new ArrayList<>();

	private Intensity intensity = Intensity.MODERATE;

	private final List<Function<Treatment, SymptomReport>> reports = new ArrayList<>();

	private final List<Function<Treatment, TreatmentReview>> reviews = new ArrayList<>();

	private long nextId = 100;

	private TreatmentFiles() {
	}

	/**
	 * Forearm and hand, moderate, no symptoms, no reviews.
	 */
	static TreatmentFiles aTreatment() {
		return new TreatmentFiles();
	}

	static Duration hours(long hours) {
		return Duration.ofHours(hours);
	}

	static Instant after(Duration elapsed) {
		return TREATED_AT.plus(elapsed);
	}

	TreatmentFiles onLowerBack() {
		this.areas.add(TreatedArea.of(Area.LOWER_BACK));
		return this;
	}

	TreatmentFiles onNeck() {
		this.areas.add(TreatedArea.of(Area.NECK));
		return this;
	}

	TreatmentFiles light() {
		this.intensity = Intensity.LIGHT;
		return this;
	}

	TreatmentFiles seenInClinic(Symptom... symptoms) {
		return report(Duration.ZERO, SymptomSource.CLINIC, null, symptoms);
	}

	TreatmentFiles withClinicReport(Duration elapsed, Symptom... symptoms) {
		return report(elapsed, SymptomSource.CLINIC, null, symptoms);
	}

	TreatmentFiles withPatientReport(Duration elapsed, Symptom... symptoms) {
		return report(elapsed, SymptomSource.PATIENT, null, symptoms);
	}

	/**
	 * A patient's report with an open alert; its id is the next one given.
	 */
	TreatmentFiles withAlert(AlertLevel level, Duration elapsed, Symptom... symptoms) {
		return report(elapsed, SymptomSource.PATIENT, level, symptoms);
	}

	TreatmentFiles reviewed(Duration elapsed, Duration clearedAfter, MilestoneCode extended, Duration extendedAfter,
			String note) {
		long id = this.nextId++;
		this.reviews.add((treatment) -> withId(
				new TreatmentReview(treatment, 20L, after(elapsed), (clearedAfter != null) ? after(clearedAfter) : null,
						extended, (extendedAfter != null) ? after(extendedAfter) : null, note, null),
				id));
		return this;
	}

	private TreatmentFiles report(Duration elapsed, SymptomSource source, AlertLevel level, Symptom... symptoms) {
		long id = this.nextId++;
		this.reports.add((treatment) -> {
			SymptomReport report = new SymptomReport(treatment, after(elapsed), source, Set.of(symptoms), null);
			if (level != null) {
				report.raiseAlert(level);
			}
			return withId(report, id);
		});
		return this;
	}

	/**
	 * The details as logged, to change from.
	 */
	TreatmentDetails details() {
		return details(TREATED_AT);
	}

	TreatmentDetails details(Instant treatedAt) {
		return new TreatmentDetails(treatedAt,
				this.areas.isEmpty() ? List.of(TreatedArea.of(Area.FOREARM_HAND)) : this.areas, this.intensity, false,
				null, Set.of(), "Tight after a long run");
	}

	/**
	 * The treatment as stored, without its reports and reviews.
	 */
	Treatment treatment() {
		return withId(new Treatment(CLINIC, 3L, 20L, details(), RuleSets.current().version(), TREATED_AT), TREATMENT);
	}

	/**
	 * The file as loaded: nothing new to save yet.
	 */
	TreatmentFile build() {
		Treatment treatment = treatment();
		return new TreatmentFile(treatment, this.reports.stream().map((report) -> report.apply(treatment)).toList(),
				this.reviews.stream().map((review) -> review.apply(treatment)).toList());
	}

	private static <T> T withId(T entity, Long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
