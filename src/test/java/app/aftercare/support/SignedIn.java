package app.aftercare.support;

import app.aftercare.clinic.StaffMember;
import app.aftercare.security.StaffPrincipal;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Signs a request in as a saved staff member, as form login would.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/**
	 * Logs in through the login form, as a browser would, and returns the new session.
	 */
	public static MockHttpSession byForm(MockMvc mvc, String email, String password) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").session(new MockHttpSession())
				.with(csrf())
				.param("email", email)
				.param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	public static RequestPostProcessor as(StaffMember staff) {
		return user(new StaffPrincipal(staff.getId(), staff.getClinic().getId(), staff.getName(), staff.getEmail(),
				staff.getRole(), true, null));
	}

}
