package app.aftercare.treatment;

import java.time.Instant;

import app.aftercare.rules.MilestoneCode;

/**
 * A review as other features and the pages read it.
 */
public record ReviewView(Instant reviewedAt, Long reviewerId, Instant clearedFrom, MilestoneCode extendedMilestone,
		Instant extendedTo, String note) {

	static ReviewView of(TreatmentReview review) {
		return new ReviewView(review.getReviewedAt(), review.getReviewerId(), review.getClearedFrom(),
				review.getExtendedMilestone(), review.getExtendedTo(), review.getNote());
	}

}
