package app.aftercare.treatment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.ObservedSymptom;
import app.aftercare.rules.PlanInput;
import app.aftercare.rules.Review;
import app.aftercare.rules.TreatedArea;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A dry-needling treatment. Its plan is never stored: it is computed by the rule set the
 * treatment was logged under, from the treatment, its symptom reports and its reviews.
 */
@Entity
public class Treatment {

	/** How far ahead of now a treatment may be logged. */
	static final Duration MAX_AHEAD = Duration.ofHours(1);

	/** How far back a treatment may be logged. */
	static final Duration MAX_BACK = Duration.ofDays(30);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long clinicId;

	private Long patientId;

	private Long physioId;

	private Instant treatedAt;

	@Convert(converter = TreatedAreasConverter.class)
	@Column(name = "areas")
	private List<TreatedArea> areas;

	@Enumerated(EnumType.STRING)
	private Intensity intensity;

	private boolean sensitiveArea;

	private Integer needleCount;

	private String notes;

	private String ruleSet;

	private Instant createdAt;

	private Instant updatedAt;

	private boolean emailLink;

	private boolean emailReminders;

	private String emailTo;

	private Instant remindersStoppedAt;

	@Version
	private long version;

	/**
	 * Stands in for areas that could not be read back, so that the record still has a
	 * plan: a large area near the chest gives the most cautious plan the rules know (full
	 * training after 48 h, the chest safety net). Guidance never gets less careful
	 * because a stored value was lost.
	 */
	static final List<TreatedArea> UNREADABLE_AREAS = List.of(new TreatedArea(Area.SHOULDER_BLADE, null));

	protected Treatment() {
	}

	Treatment(Long clinicId, Long patientId, Long physioId, TreatmentDetails details, String ruleSet, Instant now) {
		checkTreatedAt(details.treatedAt(), now);
		this.clinicId = clinicId;
		this.patientId = patientId;
		this.physioId = physioId;
		this.ruleSet = ruleSet;
		this.createdAt = now;
		apply(details, now);
	}

	/**
	 * A treatment is logged when it is given: a little ahead for a form filled in
	 * beforehand, or late within a month.
	 */
	static void checkTreatedAt(Instant treatedAt, Instant now) {
		if (treatedAt.isAfter(now.plus(MAX_AHEAD))) {
			throw new InvalidTreatmentException("treatedAt", "treatment.treatedAt.future");
		}
		if (treatedAt.isBefore(now.minus(MAX_BACK))) {
			throw new InvalidTreatmentException("treatedAt", "treatment.treatedAt.tooOld");
		}
	}

	void change(TreatmentDetails details, Instant now) {
		apply(details, now);
	}

	private void apply(TreatmentDetails details, Instant now) {
		this.treatedAt = details.treatedAt();
		this.areas = List.copyOf(details.areas());
		this.intensity = details.intensity();
		this.sensitiveArea = details.sensitiveArea();
		this.needleCount = details.needleCount();
		this.notes = details.notes();
		this.updatedAt = now;
	}

	/**
	 * Removes the free-text notes, which may name or describe the patient (erasure of the
	 * patient's personal data).
	 */
	void eraseNotes() {
		this.notes = null;
		this.emailTo = null;
		this.emailLink = false;
		this.emailReminders = false;
	}

	/**
	 * Records what the patient agreed to be emailed, to the patient's email as it is now.
	 * @throws InvalidTreatmentException when a box is ticked and there is no address
	 */
	void consent(EmailConsent consent, String patientEmail) {
		boolean hasAddress = patientEmail != null && !patientEmail.isBlank();
		if (!hasAddress && consent.emailLink()) {
			throw new InvalidTreatmentException("emailLink", "treatment.email.noAddress");
		}
		if (!hasAddress && consent.emailReminders()) {
			throw new InvalidTreatmentException("emailReminders", "treatment.email.noAddress");
		}
		this.emailLink = consent.emailLink();
		this.emailReminders = consent.emailReminders();
		this.emailTo = (consent.emailLink() || consent.emailReminders()) ? patientEmail.trim() : null;
	}

	/**
	 * The patient asked for no more reminders (unsubscribe); the first time counts.
	 * @return whether this stopped them (false when they were already stopped)
	 */
	boolean stopReminders(Instant now) {
		if (this.remindersStoppedAt != null) {
			return false;
		}
		this.remindersStoppedAt = now;
		return true;
	}

	/**
	 * What the rule set needs to compute this treatment's plan.
	 */
	PlanInput planInput(List<ObservedSymptom> symptoms, Review review) {
		return new PlanInput(this.treatedAt, this.areas.isEmpty() ? UNREADABLE_AREAS : this.areas, this.intensity,
				this.sensitiveArea, symptoms, review);
	}

	/**
	 * Whether none of the stored areas could be read back (codes this version does not
	 * know are left out when reading): the plan then assumes {@link #UNREADABLE_AREAS}
	 * and staff are asked to choose the areas again.
	 */
	public boolean areasUnreadable() {
		return this.areas.isEmpty();
	}

	public Long getId() {
		return this.id;
	}

	public Long getClinicId() {
		return this.clinicId;
	}

	public Long getPatientId() {
		return this.patientId;
	}

	public Long getPhysioId() {
		return this.physioId;
	}

	public Instant getTreatedAt() {
		return this.treatedAt;
	}

	public List<TreatedArea> getAreas() {
		return this.areas;
	}

	public Intensity getIntensity() {
		return this.intensity;
	}

	public boolean isSensitiveArea() {
		return this.sensitiveArea;
	}

	public Integer getNeedleCount() {
		return this.needleCount;
	}

	public String getNotes() {
		return this.notes;
	}

	public String getRuleSet() {
		return this.ruleSet;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public boolean isEmailLink() {
		return this.emailLink;
	}

	public boolean isEmailReminders() {
		return this.emailReminders;
	}

	public String getEmailTo() {
		return this.emailTo;
	}

	public Instant getRemindersStoppedAt() {
		return this.remindersStoppedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
