package app.aftercare.treatment;

import java.time.Instant;

import app.aftercare.rules.MilestoneCode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A physiotherapist's decision on a treatment with symptoms (RULES.md R9): clear the
 * patient from an instant, or extend a milestone, always with a note.
 */
@Entity
@Table(name = "review")
public class TreatmentReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long clinicId;

	private Long treatmentId;

	private Long reviewerId;

	private Instant reviewedAt;

	private Instant clearedFrom;

	@Enumerated(EnumType.STRING)
	private MilestoneCode extendedMilestone;

	private Instant extendedTo;

	private String note;

	private String patientNote;

	protected TreatmentReview() {
	}

	TreatmentReview(Treatment treatment, Long reviewerId, Instant reviewedAt, Instant clearedFrom,
			MilestoneCode extendedMilestone, Instant extendedTo, String note, String patientNote) {
		this.clinicId = treatment.getClinicId();
		this.treatmentId = treatment.getId();
		this.reviewerId = reviewerId;
		this.reviewedAt = reviewedAt;
		this.clearedFrom = clearedFrom;
		this.extendedMilestone = extendedMilestone;
		this.extendedTo = extendedTo;
		this.note = note;
		this.patientNote = patientNote;
	}

	/**
	 * Removes the free-text notes (erasure of the patient's personal data); the decision
	 * itself stays, so the plan does not change.
	 */
	void eraseNote() {
		this.note = null;
		this.patientNote = null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTreatmentId() {
		return this.treatmentId;
	}

	public Long getReviewerId() {
		return this.reviewerId;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public Instant getClearedFrom() {
		return this.clearedFrom;
	}

	public MilestoneCode getExtendedMilestone() {
		return this.extendedMilestone;
	}

	public Instant getExtendedTo() {
		return this.extendedTo;
	}

	public String getNote() {
		return this.note;
	}

	public String getPatientNote() {
		return this.patientNote;
	}

}
