package app.aftercare.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Records failed logins and denied access in the audit trail.
 */
@Component
class SecurityAuditListener {

	private final AuditLog auditLog;

	SecurityAuditListener(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void onLoginFailure(AbstractAuthenticationFailureEvent event) {
		this.auditLog.recordAnonymous(null, String.valueOf(event.getAuthentication().getName()),
				AuditActions.LOGIN_FAILED, "StaffMember", null);
	}

	@EventListener
	void onAccessDenied(AuthorizationDeniedEvent<?> event) {
		if (event.getAuthentication().get().isAuthenticated()
				&& !"anonymousUser".equals(event.getAuthentication().get().getName())) {
			this.auditLog.record(AuditActions.ACCESS_DENIED, null, null);
		}
	}

}
