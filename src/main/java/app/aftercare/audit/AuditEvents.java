package app.aftercare.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface AuditEvents extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	Page<AuditEvent> findByClinicIdOrderByOccurredAtDesc(Long clinicId, Pageable pageable);

}
