package app.aftercare.clinic;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.security.StaffPrincipal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records logins, failed logins and denied access in the audit trail. A failed login to
 * an existing account belongs to that account's clinic, so its admins see it.
 */
@Component
class SecurityAuditListener {

	private final AuditLog auditLog;

	private final ClinicService clinicService;

	SecurityAuditListener(AuditLog auditLog, ClinicService clinicService) {
		this.auditLog = auditLog;
		this.clinicService = clinicService;
	}

	@EventListener
	void onLogin(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
			this.auditLog.recordFor(staff.clinicId(), staff.staffId(), staff.getUsername(), AuditAction.LOGIN,
					"StaffMember", staff.staffId());
		}
	}

	@EventListener
	void onLoginFailure(AbstractAuthenticationFailureEvent event) {
		String email = String.valueOf(event.getAuthentication().getName());
		StaffMember account = (email.length() <= AuditLog.MAX_ACTOR_LENGTH)
				? this.clinicService.findForLogin(email).orElse(null) : null;
		this.auditLog.recordAnonymous((account != null) ? account.getClinic().getId() : null, email,
				AuditAction.LOGIN_FAILED, "StaffMember", (account != null) ? account.getId() : null);
	}

	@EventListener
	void onAccessDenied(AuthorizationDeniedEvent<?> event) {
		if (event.getAuthentication().get().isAuthenticated()
				&& !"anonymousUser".equals(event.getAuthentication().get().getName())) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
				this.auditLog.accessDenied(attributes.getRequest().getMethod(),
						attributes.getRequest().getRequestURI());
			}
			else {
				this.auditLog.record(AuditAction.ACCESS_DENIED, null, null);
			}
		}
	}

}
