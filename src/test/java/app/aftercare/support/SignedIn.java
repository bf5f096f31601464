package app.aftercare.support;

import app.aftercare.clinic.StaffMember;
import app.aftercare.security.StaffPrincipal;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs a request in as a saved staff member, as form login would.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(StaffMember staff) {
		return user(new StaffPrincipal(staff.getId(), staff.getClinic().getId(), staff.getName(), staff.getEmail(),
				staff.getRole(), true, null));
	}

}
