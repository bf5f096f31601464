package app.aftercare.patientlink;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PatientLinks extends Repository<PatientLink, Long> {

	PatientLink save(PatientLink link);

	Optional<PatientLink> findById(Long id);

	void flush();

	/**
	 * The link of a token: the one lookup that is not scoped to a clinic, because the
	 * token itself is the capability.
	 */
	Optional<PatientLink> findByTokenHash(String tokenHash);

	@Query("select l from PatientLink l where l.clinicId = :clinicId and l.treatmentId = :treatmentId and l.revokedAt is null")
	Optional<PatientLink> findActive(Long clinicId, Long treatmentId);

}
