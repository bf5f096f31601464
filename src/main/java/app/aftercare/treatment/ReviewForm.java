package app.aftercare.treatment;

import java.time.LocalDateTime;

import app.aftercare.rules.MilestoneCode;
import app.aftercare.web.FourDigitYear;
import app.aftercare.web.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A review (R9): clear from a time, extend a milestone until a time, or both; always with
 * a note.
 */
public class ReviewForm {

	static final String[] FIELDS = { "clearedFrom", "extendedMilestone", "extendedTo", "note" };

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

	@AssertTrue(message = "{review.nothing}")
	public boolean isDecided() {
		return this.clearedFrom != null || this.extendedMilestone != null;
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
