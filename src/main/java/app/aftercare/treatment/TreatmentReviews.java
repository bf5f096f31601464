package app.aftercare.treatment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface TreatmentReviews extends Repository<TreatmentReview, Long> {

	TreatmentReview save(TreatmentReview review);

	List<TreatmentReview> findByClinicIdAndTreatmentIdOrderByReviewedAtAsc(Long clinicId, Long treatmentId);

	List<TreatmentReview> findByClinicIdAndTreatmentIdInOrderByReviewedAtAsc(Long clinicId,
			Collection<Long> treatmentIds);

}
