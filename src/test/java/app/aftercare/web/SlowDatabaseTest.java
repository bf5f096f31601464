package app.aftercare.web;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * QUALITY.md 19 and 28 on a live but stuck database: a statement that waits on a row
 * another transaction holds is given up by the server's lock timeout, and the page says
 * 503 within two seconds instead of hanging or failing with a 500.
 */
@IntegrationTest
@Import(Fixtures.class)
class SlowDatabaseTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditWaitingOnARowSomeoneElseHoldsAnswers503QuicklyAndChangesNothing() throws Exception {
		StaffMember admin = this.fixtures.clinicWithAdmin("Busy Clinic", "owner@busy.example");
		Duration took = Duration.ZERO;
		// the first such request of a new context also pays for lazy start-up (templates,
		// the error page); the second shows what a running clinic sees
		for (String firstName : new String[] { "José", "Marta" }) {
			Patient patient = this.fixtures.patient(admin, firstName, "García");
			try (Connection holder = this.dataSource.getConnection()) {
				holder.setAutoCommit(false);
				try (var lock = holder.prepareStatement("select * from patient where id = ? for update")) {
					lock.setLong(1, patient.getId());
					lock.executeQuery().close();
				}
				Instant start = Instant.now();
				assertThat(this.mvc.perform(edit(admin, patient)).andReturn().getResponse().getStatus()).isEqualTo(503);
				took = Duration.between(start, Instant.now());
				holder.rollback();
			}
			assertThat(this.jdbc.queryForObject("select last_name from patient where id = ?", String.class,
					patient.getId()))
				.isEqualTo("García");
			assertThat(this.mvc.perform(edit(admin, patient)).andReturn().getResponse().getStatus()).isEqualTo(302);
		}
		assertThat(took).isLessThan(Duration.ofSeconds(2));
	}

	private static MockHttpServletRequestBuilder edit(StaffMember admin, Patient patient) {
		return post("/patients/{id}", patient.getId()).with(SignedIn.as(admin))
			.with(csrf())
			.param("firstName", "José")
			.param("lastName", "García Pérez")
			.param("preferredLanguage", "es")
			.param("version", "0");
	}

}
