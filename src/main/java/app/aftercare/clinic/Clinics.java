package app.aftercare.clinic;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Clinics extends Repository<Clinic, Long> {

	Clinic save(Clinic clinic);

	Optional<Clinic> findById(Long id);

}
