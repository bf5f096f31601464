package app.aftercare.treatment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SymptomReports extends Repository<SymptomReport, Long> {

	SymptomReport save(SymptomReport report);

	Optional<SymptomReport> findByIdAndClinicId(Long id, Long clinicId);

	List<SymptomReport> findByClinicIdAndTreatmentIdOrderByReportedAtAsc(Long clinicId, Long treatmentId);

	List<SymptomReport> findByClinicIdAndTreatmentIdInOrderByReportedAtAsc(Long clinicId,
			Collection<Long> treatmentIds);

	@Query("""
			select r from SymptomReport r
			where r.clinicId = :clinicId and r.alertLevel is not null and r.resolvedAt is null
			order by case r.alertLevel
				when app.aftercare.treatment.AlertLevel.URGENT then 0
				when app.aftercare.treatment.AlertLevel.CONTACT_PHYSIO then 1
				else 2 end, r.reportedAt desc""")
	List<SymptomReport> findOpenAlerts(Long clinicId, Limit limit);

	long countByClinicIdAndAlertLevelIsNotNullAndResolvedAtIsNull(Long clinicId);

}
