package app.aftercare.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface AuditEvents extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> saveAll(Iterable<AuditEvent> events);

	long countByClinicId(Long clinicId);

	/**
	 * One page of the clinic's events, newest first. Callers pass an unsorted page
	 * request: the order is fixed here, and nothing a client sends reaches it.
	 */
	List<AuditEvent> findByClinicIdOrderByOccurredAtDescIdDesc(Long clinicId, Pageable page);

}
