package app.aftercare.treatment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.aftercare.rules.ObservedSymptom;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Symptoms seen in clinic or reported by the patient through their link, with an optional
 * soreness score. A report that needs the clinic's attention carries an alert until a
 * physiotherapist acknowledges it or reviews the treatment.
 */
@Entity
public class SymptomReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long clinicId;

	private Long treatmentId;

	private Instant reportedAt;

	@Enumerated(EnumType.STRING)
	private SymptomSource source;

	@Convert(converter = SymptomsConverter.class)
	private Set<Symptom> symptoms;

	private Integer soreness;

	@Enumerated(EnumType.STRING)
	private AlertLevel alertLevel;

	private Instant resolvedAt;

	private Long resolvedBy;

	protected SymptomReport() {
	}

	SymptomReport(Treatment treatment, Instant reportedAt, SymptomSource source, Set<Symptom> symptoms,
			Integer soreness) {
		this.clinicId = treatment.getClinicId();
		this.treatmentId = treatment.getId();
		this.reportedAt = reportedAt;
		this.source = source;
		this.symptoms = Set.copyOf(symptoms);
		this.soreness = soreness;
	}

	void movedWithTreatment(Instant treatedAt) {
		this.reportedAt = treatedAt;
	}

	void raiseAlert(AlertLevel level) {
		this.alertLevel = level;
	}

	void resolve(Long staffId, Instant now) {
		if (this.alertLevel != null && this.resolvedAt == null) {
			this.resolvedAt = now;
			this.resolvedBy = staffId;
		}
	}

	/**
	 * The symptoms as the rules see them: a soreness of 7 or more counts as significant
	 * pain.
	 */
	List<ObservedSymptom> observed() {
		List<ObservedSymptom> observed = new ArrayList<>();
		for (Symptom symptom : this.symptoms) {
			observed.add(new ObservedSymptom(symptom, this.reportedAt, this.source));
		}
		if (this.soreness != null) {
			ObservedSymptom.fromSoreness(this.soreness, this.reportedAt, this.source)
				.filter((pain) -> !this.symptoms.contains(pain.symptom()))
				.ifPresent(observed::add);
		}
		return observed;
	}

	boolean hasOpenAlert() {
		return this.alertLevel != null && this.resolvedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTreatmentId() {
		return this.treatmentId;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public SymptomSource getSource() {
		return this.source;
	}

	public Set<Symptom> getSymptoms() {
		return this.symptoms;
	}

	public Integer getSoreness() {
		return this.soreness;
	}

	public AlertLevel getAlertLevel() {
		return this.alertLevel;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

}
