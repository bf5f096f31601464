package app.aftercare.treatment;

import java.time.Instant;
import java.util.List;

import app.aftercare.rules.MilestoneCode;

/**
 * A review as other features and the pages read it.
 *
 * @param note the clinic's note, for staff only
 * @param patientNote the note written for the patient, or null
 * @param cleared the reports whose red flags or urgent signs this review cleared, oldest
 * first; empty when it only extends
 */
public record ReviewView(Instant reviewedAt, Long reviewerId, Instant clearedFrom, MilestoneCode extendedMilestone,
		Instant extendedTo, String note, String patientNote, List<ReportView> cleared) {

	static ReviewView of(TreatmentReview review, List<ReportView> cleared) {
		return new ReviewView(review.getReviewedAt(), review.getReviewerId(), review.getClearedFrom(),
				review.getExtendedMilestone(), review.getExtendedTo(), review.getNote(), review.getPatientNote(),
				List.copyOf(cleared));
	}

	public boolean clears() {
		return this.clearedFrom != null;
	}

}
