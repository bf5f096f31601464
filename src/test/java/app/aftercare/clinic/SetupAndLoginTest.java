package app.aftercare.clinic;

import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@Import(Fixtures.class)
class SetupAndLoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aFreshInstallationLeadsFromTheDashboardThroughLoginToSetup() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
		this.mvc.perform(get("/setup"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Clinic name")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Create clinic")));
	}

	@Test
	void setupCreatesTheClinicAndItsAdminWhoCanThenLogInAndSeeTheClinicNamed() throws Exception {
		setUp("Harbour Physio", "owner@harbour.example", "a long enough passphrase");

		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select role from staff_member", String.class)).isEqualTo("ADMIN");
		assertThat(this.jdbc.queryForObject("select password_hash from staff_member", String.class))
			.startsWith("{argon2}");

		HttpSession session = logIn("Owner@Harbour.example", "a long enough passphrase");
		this.mvc.perform(get("/").session((MockHttpSession) session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Harbour Physio")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hello, Pat Owner")));
	}

	@Test
	void setupRefusesOnceAClinicExists() throws Exception {
		this.fixtures.clinicWithAdmin("First Clinic", "first@clinic.example");

		this.mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/setup").with(csrf())
				.param("clinicName", "Intruder")
				.param("timeZone", "Europe/London")
				.param("name", "Mallory")
				.param("email", "mallory@example.com")
				.param("password", "a long enough passphrase"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isEqualTo(1);
	}

	@Test
	void setupShowsFieldErrorsAndSavesNothingForBadInput() throws Exception {
		this.mvc
			.perform(post("/setup").with(csrf())
				.param("clinicName", "")
				.param("timeZone", "Mars/Olympus")
				.param("name", "Pat")
				.param("email", "not-an-email")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("clinic/setup"))
			.andExpect(model().attributeHasFieldErrors("setupForm", "clinicName", "email", "password", "timeZone"));
		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isZero();
	}

	@Test
	void aCommonPasswordIsRefused() throws Exception {
		this.mvc
			.perform(post("/setup").with(csrf())
				.param("clinicName", "Harbour Physio")
				.param("timeZone", "Europe/London")
				.param("name", "Pat")
				.param("email", "pat@example.com")
				.param("password", "Password1234"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("setupForm", "password", "AcceptablePassword"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("too common")));
	}

	@Test
	void afterSetupTheNewAdminIsSignedInOnANewSession() throws Exception {
		MockHttpSession before = new MockHttpSession();
		String idBefore = this.mvc.perform(get("/setup").session(before))
			.andReturn()
			.getResponse()
			.getHeader("Set-Cookie");
		MvcResult setup = this.mvc
			.perform(post("/setup").session(before)
				.with(csrf())
				.param("clinicName", "Harbour Physio")
				.param("timeZone", "Europe/London")
				.param("name", "Pat Owner")
				.param("email", "owner@harbour.example")
				.param("password", "a long enough passphrase"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession after = (MockHttpSession) setup.getRequest().getSession();
		assertThat(idBefore).startsWith("AFTERCARE_SESSION=");
		assertThat(setup.getResponse().getHeader("Set-Cookie")).startsWith("AFTERCARE_SESSION=").isNotEqualTo(idBefore);

		this.mvc.perform(get("/").session(after))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hello, Pat Owner")));
		this.mvc.perform(get("/admin/staff").session(after)).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordKeepsTheEmailInTheFieldButNotInTheAddress() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		MvcResult failed = this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "owner@harbour.example")
				.param("password", "not the password at all"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		this.mvc.perform(get("/login").param("error", "").session((MockHttpSession) failed.getRequest().getSession()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"owner@harbour.example\"")));
	}

	@Test
	void loginOffersForgotPasswordWhichSaysToAskTheAdmin() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.mvc.perform(get("/login"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/password-reset\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Forgot password?")));
		this.mvc.perform(get("/password-reset"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("administrator")));
	}

	@Test
	void aLongNonAsciiPasswordWorks() throws Exception {
		String password = "ñandú-çà-ü-".repeat(6).substring(0, 64);
		setUp("Clínica Río", "rio@clinica.example", password);
		logIn("rio@clinica.example", password);
	}

	@Test
	void aWrongPasswordDoesNotLogIn() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "owner@harbour.example")
				.param("password", "not the password at all"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("do not match")));
	}

	@Test
	void repeatedFailuresForOneAccountAreSlowedWith429() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "target@harbour.example");
		int status = 0;
		for (int attempt = 0; attempt < 8 && status != 429; attempt++) {
			status = this.mvc
				.perform(post("/login").with(csrf())
					.param("email", "target@harbour.example")
					.param("password", "guess number " + attempt))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		assertThat(status).isEqualTo(429);
	}

	@Test
	void aPostWithoutCsrfTokenIsRejected() throws Exception {
		this.mvc
			.perform(post("/setup").param("clinicName", "Harbour Physio")
				.param("timeZone", "Europe/London")
				.param("name", "Pat")
				.param("email", "pat@example.com")
				.param("password", "a long enough passphrase"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isZero();
	}

	@Test
	void loginChangesTheSessionIdAndLogoutEndsTheSession() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		MockHttpSession session = new MockHttpSession();
		String before = this.mvc.perform(get("/login").session(session))
			.andReturn()
			.getResponse()
			.getHeader("Set-Cookie");
		String after = this.mvc
			.perform(post("/login").session(session)
				.with(csrf())
				.param("email", "owner@harbour.example")
				.param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getHeader("Set-Cookie");
		assertThat(before).startsWith("AFTERCARE_SESSION=");
		assertThat(after).startsWith("AFTERCARE_SESSION=").isNotEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isOne();

		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name is not null",
				Integer.class))
			.isZero();
	}

	@Test
	void anUnknownPathShowsTheNotFoundPage() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		HttpSession session = logIn("owner@harbour.example", Fixtures.PASSWORD);
		this.mvc.perform(get("/no/such/page").session((MockHttpSession) session))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
	}

	private void setUp(String clinicName, String email, String password) throws Exception {
		this.mvc
			.perform(post("/setup").with(csrf())
				.param("clinicName", clinicName)
				.param("timeZone", "Europe/London")
				.param("name", "Pat Owner")
				.param("email", email)
				.param("password", password))
			.andExpect(redirectedUrl("/"));
	}

	private HttpSession logIn(String email, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return result.getRequest().getSession();
	}

}
