package app.aftercare.security;

import java.util.Optional;

import app.aftercare.audit.Actor;
import app.aftercare.audit.CurrentActorPort;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in staff member, as the audit log records them.
 */
@Component
class SignedInActor implements CurrentActorPort {

	@Override
	public Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff)
				? Optional.of(new Actor(staff.clinicId(), staff.staffId(), staff.getUsername())) : Optional.empty();
	}

}
