package app.aftercare.treatment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Treatments, always looked up within one clinic.
 */
interface Treatments extends Repository<Treatment, Long> {

	Treatment save(Treatment treatment);

	Optional<Treatment> findByIdAndClinicId(Long id, Long clinicId);

	List<Treatment> findByClinicIdAndPatientIdOrderByTreatedAtDesc(Long clinicId, Long patientId);

	@Query("""
			select t from Treatment t
			where t.clinicId = :clinicId and t.treatedAt >= :from and t.treatedAt < :until
			order by t.treatedAt""")
	List<Treatment> findTreatedBetween(Long clinicId, Instant from, Instant until, Limit limit);

	List<Treatment> findByClinicIdAndIdIn(Long clinicId, List<Long> ids);

}
