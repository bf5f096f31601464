package app.aftercare.patient;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/**
 * Patients, always within one clinic: every lookup takes the clinic id.
 */
interface Patients extends Repository<Patient, Long>, PatientSearch {

	Patient save(Patient patient);

	void flush();

	Optional<Patient> findByIdAndClinicId(Long id, Long clinicId);

	List<Patient> findByClinicIdAndIdIn(Long clinicId, Collection<Long> ids);

	List<Patient> findByClinicIdAndErasedAtIsNullOrderByUpdatedAtDescIdDesc(Long clinicId, Limit limit);

}
