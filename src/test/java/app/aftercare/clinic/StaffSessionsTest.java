package app.aftercare.clinic;

import app.aftercare.security.Role;
import app.aftercare.support.Fixtures;
import app.aftercare.support.SignedIn;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disabling a staff member ends the sessions they are logged in with, here and now.
 * Everyone logs in for real, with {@code POST /login}.
 */
@IntegrationTest
@Import(Fixtures.class)
class StaffSessionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

	StaffMember admin;

	StaffMember physio;

	@BeforeEach
	void aClinicWithAnAdminAndAPhysio() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.physio = this.staffService.add(this.admin.getClinic().getId(), new StaffService.NewStaffMember(
				"Alex Physio", "alex.sessions@harbour.example", Fixtures.PASSWORD, Role.PHYSIO));
	}

	@Test
	void theLiveSessionsOfADisabledStaffMemberStopWorkingAtTheirNextRequest() throws Exception {
		MockHttpSession onTheDesk = logIn("alex.sessions@harbour.example");
		MockHttpSession onThePhone = logIn("alex.sessions@harbour.example");
		MockHttpSession adminSession = logIn("owner@harbour.example");
		this.mvc.perform(get("/patients").session(onTheDesk)).andExpect(status().isOk());
		this.mvc.perform(get("/patients").session(onThePhone)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/staff/{id}/disable", this.physio.getId()).session(adminSession).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"));

		this.mvc.perform(get("/patients").session(onTheDesk))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/patients").session(onThePhone)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/patients").session(onTheDesk)).andExpect(status().isFound());
		this.mvc.perform(get("/patients").session(adminSession)).andExpect(status().isOk());
	}

	@Test
	void anExpiredSessionCannotPostEither() throws Exception {
		MockHttpSession physioSession = logIn("alex.sessions@harbour.example");
		this.staffService.disable(this.admin.getClinic().getId(), this.admin.getId(), this.physio.getId());

		this.mvc
			.perform(post("/patients").session(physioSession)
				.with(csrf())
				.param("firstName", "Ana")
				.param("lastName", "López")
				.param("preferredLanguage", "en"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void theLoginPageSaysTheSessionHasEnded() throws Exception {
		this.mvc.perform(get("/login").param("expired", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your session has ended. Please log in again.")));
	}

	@Test
	void enablingAgainLetsThemLogInWithANewSession() throws Exception {
		MockHttpSession before = logIn("alex.sessions@harbour.example");
		this.staffService.disable(this.admin.getClinic().getId(), this.admin.getId(), this.physio.getId());
		this.mvc.perform(get("/").session(before)).andExpect(redirectedUrl("/login?expired"));
		this.staffService.enable(this.admin.getClinic().getId(), this.physio.getId());

		MockHttpSession after = logIn("alex.sessions@harbour.example");
		this.mvc.perform(get("/").session(after)).andExpect(status().isOk());
	}

	private MockHttpSession logIn(String email) throws Exception {
		return SignedIn.byForm(this.mvc, email, Fixtures.PASSWORD);
	}

}
