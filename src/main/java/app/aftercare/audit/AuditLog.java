package app.aftercare.audit;

import java.time.Clock;

import app.aftercare.security.StaffPrincipal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events. The actor, clinic and address come from the signed-in staff
 * member and the current request; callers say only what happened to which record. Events
 * are written in a transaction of their own, so a denied or failed action is recorded
 * too.
 */
@Service
public class AuditLog {

	public static final int PAGE_SIZE = 50;

	private final AuditEvents events;

	private final Clock clock;

	AuditLog(AuditEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an action of the signed-in staff member on a record of their clinic.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String action, String recordType, Long recordId) {
		StaffPrincipal me = currentStaff();
		this.events.save(new AuditEvent((me != null) ? me.clinicId() : null, (me != null) ? me.staffId() : null,
				(me != null) ? me.getUsername() : null, action, recordType, recordId, this.clock.instant(),
				remoteAddress()));
	}

	/**
	 * Records an event with no signed-in staff member (a failed login, a patient's
	 * check-in), attributed to the given clinic when known.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAnonymous(Long clinicId, String actor, String action, String recordType, Long recordId) {
		this.events.save(new AuditEvent(clinicId, null, actor, action, recordType, recordId, this.clock.instant(),
				remoteAddress()));
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> page(Long clinicId, int page) {
		return this.events.findByClinicIdOrderByOccurredAtDesc(clinicId, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	private static StaffPrincipal currentStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) ? principal
				: null;
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
