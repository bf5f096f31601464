package app.aftercare.treatment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import app.aftercare.rules.MilestoneCode;
import app.aftercare.web.FourDigitYear;
import app.aftercare.web.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A review (R9): clear red flags from a time, extend a milestone until a time, or both;
 * always with a note. Clearing is a choice of its own ({@code clearRedFlags}, unticked by
 * default): a time in "Cleared from" alone clears nothing, so a review meant to extend
 * cannot lift red flags by accident.
 */
public class ReviewForm implements Serializable {

	private static final long serialVersionUID = 1L;

	static final String[] FIELDS = { "clearRedFlags", "clearedFrom", "extendedMilestone", "extendedTo", "note",
			"patientNote" };

	private boolean clearRedFlags;

	@FourDigitYear
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime clearedFrom;

	private MilestoneCode extendedMilestone;

	@FourDigitYear
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime extendedTo;

	@NotBlank(message = "{review.note.required}")
	@PlainText
	@Size(max = 2000)
	private String note;

	@AssertTrue(message = "{review.extendedTo.required}")
	public boolean isExtensionComplete() {
		return (this.extendedMilestone == null) == (this.extendedTo == null);
	}

	@PlainText
	@Size(max = 500)
	private String patientNote;

	/**
	 * Field errors Bean Validation cannot place on a field: nothing decided, or clearing
	 * without a time.
	 */
	void rejectUndecided(Errors errors) {
		if (!this.clearRedFlags && this.extendedMilestone == null && this.extendedTo == null) {
			errors.rejectValue("clearRedFlags", "review.nothing");
		}
		if (this.clearRedFlags && this.clearedFrom == null && !errors.hasFieldErrors("clearedFrom")) {
			errors.rejectValue("clearedFrom", "review.clearedFrom.required");
		}
	}

	/**
	 * The decision, with the times in the clinic's zone; "Cleared from" counts only when
	 * clearing is ticked.
	 */
	ReviewDecision toDecision(ZoneId zone) {
		return new ReviewDecision(this.clearRedFlags ? instant(this.clearedFrom, zone) : null, this.extendedMilestone,
				instant(this.extendedTo, zone), this.note, this.patientNote);
	}

	private static Instant instant(LocalDateTime local, ZoneId zone) {
		return (local != null) ? local.atZone(zone).toInstant() : null;
	}

	public boolean isClearRedFlags() {
		return this.clearRedFlags;
	}

	public void setClearRedFlags(boolean clearRedFlags) {
		this.clearRedFlags = clearRedFlags;
	}

	public String getPatientNote() {
		return this.patientNote;
	}

	public void setPatientNote(String patientNote) {
		this.patientNote = patientNote;
	}

	public LocalDateTime getClearedFrom() {
		return this.clearedFrom;
	}

	public void setClearedFrom(LocalDateTime clearedFrom) {
		this.clearedFrom = clearedFrom;
	}

	public MilestoneCode getExtendedMilestone() {
		return this.extendedMilestone;
	}

	public void setExtendedMilestone(MilestoneCode extendedMilestone) {
		this.extendedMilestone = extendedMilestone;
	}

	public LocalDateTime getExtendedTo() {
		return this.extendedTo;
	}

	public void setExtendedTo(LocalDateTime extendedTo) {
		this.extendedTo = extendedTo;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
