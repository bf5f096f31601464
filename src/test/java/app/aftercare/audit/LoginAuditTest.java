package app.aftercare.audit;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Failed logins in the audit trail (QUALITY 15).
 */
@IntegrationTest
@Import(Fixtures.class)
class LoginAuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	StaffMember admin;

	@BeforeEach
	void aClinicWithItsAdmin() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void aFailedLoginToAStaffAccountIsShownOnThatClinicsAuditTrail() throws Exception {
		this.mvc.perform(logIn("Owner@Harbour.example", "not the password")).andExpect(redirectedUrl("/login?error"));

		assertThat(this.jdbc
			.queryForMap("select clinic_id, actor_id, actor, record_type, record_id, remote_address from audit_event "
					+ "where action = 'LOGIN_FAILED'"))
			.containsEntry("clinic_id", this.admin.getClinic().getId())
			.containsEntry("actor_id", null)
			.containsEntry("record_type", "StaffMember")
			.containsEntry("record_id", this.admin.getId())
			.containsEntry("remote_address", "192.0.2.30");
		this.mvc.perform(get("/admin/audit").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("Failed login")))
			.andExpect(content().string(containsString("Owner@Harbour.example")));
	}

	@Test
	void aFailedLoginWithAnUnknownEmailBelongsToNoClinic() throws Exception {
		this.mvc.perform(logIn("nobody@example.com", "whatever it is")).andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc
			.queryForMap("select clinic_id, actor, record_id from audit_event where action = 'LOGIN_FAILED'"))
			.containsEntry("clinic_id", null)
			.containsEntry("actor", "nobody@example.com")
			.containsEntry("record_id", null);
	}

	@Test
	void aFailedLoginWithAHugeEmailIsRecordedShortenedNotAnError() throws Exception {
		String email = "x".repeat(5000) + "@example.com";
		this.mvc.perform(logIn(email, "whatever it is")).andExpect(redirectedUrl("/login?error"));
		String actor = this.jdbc.queryForObject("select actor from audit_event where action = 'LOGIN_FAILED'",
				String.class);
		assertThat(actor).hasSizeLessThanOrEqualTo(254).startsWith("xxxx");
	}

	private static MockHttpServletRequestBuilder logIn(String email, String password) {
		return post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("192.0.2.30");
			return request;
		}).param("email", email).param("password", password);
	}

}
