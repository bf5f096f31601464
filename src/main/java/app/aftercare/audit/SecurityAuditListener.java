package app.aftercare.audit;

import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Records failed logins and denied access in the audit trail. A failed login to an
 * existing account belongs to that account's clinic, so its admins see it.
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
	void onLoginFailure(AbstractAuthenticationFailureEvent event) {
		String email = String.valueOf(event.getAuthentication().getName());
		StaffMember account = (email.length() <= AuditLog.MAX_ACTOR_LENGTH)
				? this.clinicService.findForLogin(email).orElse(null) : null;
		this.auditLog.recordAnonymous((account != null) ? account.getClinic().getId() : null, email,
				AuditActions.LOGIN_FAILED, "StaffMember", (account != null) ? account.getId() : null);
	}

	@EventListener
	void onAccessDenied(AuthorizationDeniedEvent<?> event) {
		if (event.getAuthentication().get().isAuthenticated()
				&& !"anonymousUser".equals(event.getAuthentication().get().getName())) {
			this.auditLog.record(AuditActions.ACCESS_DENIED, null, null);
		}
	}

}
