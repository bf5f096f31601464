package app.aftercare.clinic;

import app.aftercare.security.StaffPrincipal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the live sessions of a staff member who was disabled. An expired session is
 * refused on its next request (and sent to the login page) by the
 * {@code ConcurrentSessionFilter} that session management installs.
 * <p>
 * The registry knows the sessions of this application instance only.
 */
@Component
class StaffSessions {

	private final SessionRegistry sessionRegistry;

	StaffSessions(SessionRegistry sessionRegistry) {
		this.sessionRegistry = sessionRegistry;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onDisabled(StaffMemberDisabled event) {
		endSessionsOf(event.staffId());
	}

	/**
	 * Expires every session of the staff member.
	 * @return how many sessions were live
	 */
	int endSessionsOf(Long staffId) {
		int ended = 0;
		for (Object principal : this.sessionRegistry.getAllPrincipals()) {
			if (principal instanceof StaffPrincipal staff && staffId.equals(staff.staffId())) {
				for (SessionInformation session : this.sessionRegistry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		return ended;
	}

}
