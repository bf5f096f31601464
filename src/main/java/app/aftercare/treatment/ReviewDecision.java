package app.aftercare.treatment;

import java.time.Instant;

import app.aftercare.rules.MilestoneCode;

/**
 * What a physiotherapist decides in a review (R9): clear the patient from an instant,
 * extend one milestone until an instant, or both; always with a note. Either part may be
 * absent, so a review that only extends leaves earlier clearances as they were.
 *
 * @param clearedFrom from when the patient is cleared, or null
 * @param extendedMilestone the milestone held back, or null
 * @param extendedTo until when it is held back; given exactly when the milestone is
 * @param note the clinic's note, never shown to the patient
 * @param patientNote what the physiotherapist wants the patient to read on their page, or
 * null
 */
public record ReviewDecision(Instant clearedFrom, MilestoneCode extendedMilestone, Instant extendedTo, String note,
		String patientNote) {

	public ReviewDecision(Instant clearedFrom, MilestoneCode extendedMilestone, Instant extendedTo, String note) {
		this(clearedFrom, extendedMilestone, extendedTo, note, null);
	}

	public boolean clears() {
		return this.clearedFrom != null;
	}

	public boolean extendsMilestone() {
		return this.extendedMilestone != null || this.extendedTo != null;
	}

}
