package app.aftercare.audit;

import java.sql.Timestamp;
import java.time.Instant;

import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.security.Role;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class AuditPageTest {

	private static final String XSS = "<img src=x onerror=alert(1)>";

	private static final Instant MAY_12 = Instant.parse("2026-05-12T09:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

	StaffMember admin;

	@BeforeEach
	void aClinicWithItsAdmin() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		// the clinic's set-up is an event too; each test counts only the events it adds
		this.jdbc.execute("truncate table audit_event");
	}

	@Test
	void theAuditTrailShowsWhenInUtcAndClinicTimeWhoWhatWhichRecordAndFromWhere() throws Exception {
		event(this.admin.getId(), null, "VIEW", "Patient", 42L, MAY_12, "203.0.113.7");

		this.mvc.perform(get("/admin/audit").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<time datetime=\"2026-05-12T09:00:00+00:00\">2026-05-12 09:00:00</time>")))
			.andExpect(content().string(containsString("12 May 2026, 10:00:00")))
			.andExpect(content().string(containsString("Clinic time (Europe/London)")))
			.andExpect(content().string(containsString("Admin of Harbour Physio")))
			.andExpect(content().string(containsString("Viewed")))
			.andExpect(content().string(containsString("Patient #42")))
			.andExpect(content().string(containsString("203.0.113.7")));
	}

	@Test
	void aFailedLoginShowsTheEmailThatWasTried() throws Exception {
		event(null, "guess@harbour.example", "LOGIN_FAILED", "StaffMember", null, MAY_12, "198.51.100.1");
		this.mvc.perform(get("/admin/audit").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("guess@harbour.example")))
			.andExpect(content().string(containsString("Failed login")));
	}

	@Test
	void eventsAreNewestFirstInPagesOfFifty() throws Exception {
		for (int i = 0; i < 120; i++) {
			event(this.admin.getId(), null, "VIEW", "Patient", 1000L + i, MAY_12.plusSeconds(60L * i), null);
		}
		String first = this.mvc.perform(get("/admin/audit").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("120 events")))
			.andExpect(content().string(containsString("Page 1 of 3")))
			.andExpect(content().string(containsString("href=\"/admin/audit?page=1\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first.indexOf("Patient #1119")).isPositive().isLessThan(first.indexOf("Patient #1118"));
		assertThat(first).contains("Patient #1070").doesNotContain("Patient #1069");

		this.mvc.perform(get("/admin/audit").param("page", "2").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("Page 3 of 3")))
			.andExpect(content().string(containsString("Patient #1000")))
			.andExpect(content().string(containsString("Patient #1019")))
			.andExpect(content().string(not(containsString("Patient #1020"))));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "page,-1", "page,abc", "page,999999", "page,99999999999999999999", "page,1e3", "page,''",
			"size,100000", "size,-5", "sort,(select 1)", "sort,occurredAt;drop table audit_event", "sort,actor,desc" })
	void pagingParametersNeverFailAndNeverReachSql(String name, String value) throws Exception {
		for (int i = 0; i < 60; i++) {
			event(this.admin.getId(), null, "VIEW", "Patient", 2000L + i, MAY_12.plusSeconds(i), null);
		}
		this.mvc.perform(get("/admin/audit").param(name, value).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("60 events")));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(60);
	}

	@Test
	void aPageBeyondTheLastShowsTheLast() throws Exception {
		for (int i = 0; i < 60; i++) {
			event(this.admin.getId(), null, "VIEW", "Patient", 3000L + i, MAY_12.plusSeconds(i), null);
		}
		this.mvc.perform(get("/admin/audit").param("page", "999999").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andExpect(content().string(containsString("Patient #3000")));
	}

	@Test
	void anEmptyTrailSaysSo() throws Exception {
		this.mvc.perform(get("/admin/audit").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No events yet.")));
	}

	@Test
	void onlyTheClinicsOwnEventsAreShown() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		event(other.getId(), null, "VIEW", "Patient", 777L, MAY_12, "192.0.2.77", other.getClinic().getId());
		event(this.admin.getId(), null, "VIEW", "Patient", 1L, MAY_12, null);
		this.mvc.perform(get("/admin/audit").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("Patient #1")))
			.andExpect(content().string(not(containsString("Patient #777"))))
			.andExpect(content().string(not(containsString("192.0.2.77"))))
			.andExpect(content().string(not(containsString("Admin of Other Clinic"))));
	}

	@Test
	void markupInAStaffNameOrAnAttemptedEmailIsShownAsText() throws Exception {
		StaffMember marked = this.staffService.add(this.admin.getClinic().getId(),
				new StaffService.NewStaffMember(XSS, "marked@harbour.example", Fixtures.PASSWORD, Role.PHYSIO));
		event(marked.getId(), null, "VIEW", "Patient", 5L, MAY_12, null);
		event(null, XSS, "LOGIN_FAILED", "StaffMember", null, MAY_12, null);
		this.mvc.perform(get("/admin/audit").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
			.andExpect(content().string(not(containsString(XSS))));
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEvent() {
		event(this.admin.getId(), null, "VIEW", "Patient", 9L, MAY_12, null);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_event set action = 'NOTHING'"))
			.withMessageContaining("audit events cannot be changed or deleted");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_event"));
		assertThat(this.jdbc.queryForObject("select action from audit_event", String.class)).isEqualTo("VIEW");
	}

	@Test
	void thereIsNoWayToChangeOrDeleteEventsFromTheWeb() throws Exception {
		event(this.admin.getId(), null, "VIEW", "Patient", 9L, MAY_12, null);
		this.mvc.perform(post("/admin/audit").with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
		this.mvc.perform(delete("/admin/audit").with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
		this.mvc.perform(post("/admin/audit/1/delete").with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isOne();
	}

	private void event(Long actorId, String actor, String action, String recordType, Long recordId, Instant at,
			String address) {
		event(actorId, actor, action, recordType, recordId, at, address, this.admin.getClinic().getId());
	}

	private void event(Long actorId, String actor, String action, String recordType, Long recordId, Instant at,
			String address, Long clinicId) {
		this.jdbc.update(
				"insert into audit_event (clinic_id, actor_id, actor, action, record_type, record_id, occurred_at, "
						+ "remote_address) values (?, ?, ?, ?, ?, ?, ?, ?)",
				clinicId, actorId, actor, action, recordType, recordId, Timestamp.from(at), address);
	}

}
