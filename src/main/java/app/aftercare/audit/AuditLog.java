package app.aftercare.audit;

import java.time.Clock;
import java.util.List;

import app.aftercare.security.StaffPrincipal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

	/** The longest actor (an email address) the audit trail keeps. */
	static final int MAX_ACTOR_LENGTH = 254;

	private static final int MAX_ADDRESS_LENGTH = 64;

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
		this.events.save(new AuditEvent(clinicId, null, shortened(actor, MAX_ACTOR_LENGTH), action, recordType,
				recordId, this.clock.instant(), remoteAddress()));
	}

	/**
	 * One page of {@link #PAGE_SIZE} of the clinic's events, newest first. A negative
	 * page number gives the first page, one beyond the last gives the last.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEvent> page(Long clinicId, int page) {
		long total = this.events.countByClinicId(clinicId);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(page, 0), lastPage);
		PageRequest request = PageRequest.of(number, PAGE_SIZE);
		List<AuditEvent> content = (total == 0) ? List.of()
				: this.events.findByClinicIdOrderByOccurredAtDescIdDesc(clinicId, request);
		return new PageImpl<>(content, request, total);
	}

	private static StaffPrincipal currentStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) ? principal
				: null;
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return shortened(attributes.getRequest().getRemoteAddr(), MAX_ADDRESS_LENGTH);
		}
		return null;
	}

	/**
	 * What is typed at the login form can be of any length; the trail keeps its start.
	 */
	private static String shortened(String text, int maxLength) {
		return (text != null && text.length() > maxLength) ? text.substring(0, maxLength) : text;
	}

}
