package app.aftercare.audit;

import java.util.List;

import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY 15, issue 9 finding 11: the views and events that were missing from the trail.
 */
@IntegrationTest
@Import(Fixtures.class)
class AuditCoverageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffService staffService;

	StaffMember admin;

	@BeforeEach
	void aClinicWithItsAdmin() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void settingUpAClinicIsRecorded() {
		assertThat(actions()).containsExactly("CLINIC_SETUP");
	}

	@Test
	void theListTheSearchAndTheDashboardAreRecorded() throws Exception {
		this.jdbc.execute("truncate table audit_event");
		this.mvc.perform(get("/patients").with(SignedIn.as(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get("/patients").param("q", "jane").with(SignedIn.as(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get("/").with(SignedIn.as(this.admin))).andExpect(status().isOk());

		assertThat(actions()).containsExactly("PATIENT_LIST", "PATIENT_SEARCH", "DASHBOARD");
		assertThat(this.jdbc.queryForList("select distinct actor_id from audit_event", Long.class))
			.containsExactly(this.admin.getId());
	}

	@Test
	void theTreatmentEditFormIsAViewOfTheTreatment() throws Exception {
		Patient patient = this.fixtures.patient(this.admin, "Jane", "Doe");
		String location = this.mvc
			.perform(post("/patients/{id}/treatments", patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.param("treatedAt",
						java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London"))
							.withSecond(0)
							.withNano(0)
							.toString())
				.param("areas", "NECK")
				.param("intensity", "LIGHT"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.jdbc.execute("truncate table audit_event");

		this.mvc.perform(get(location + "/edit").with(SignedIn.as(this.admin))).andExpect(status().isOk());

		assertThat(this.jdbc.queryForList("select action || ' ' || record_type || ' ' || record_id from audit_event",
				String.class))
			.containsExactly("VIEW Treatment " + location.replace("/treatments/", ""));
	}

	@Test
	void aDeniedRequestRecordsWhatWasAskedForAndAddressesHaveOneSpelling() throws Exception {
		StaffMember physio = this.staffService.add(this.admin.getClinic().getId(), new StaffService.NewStaffMember(
				"Pat Physio", "pat@harbour.example", Fixtures.PASSWORD, app.aftercare.security.Role.PHYSIO));
		this.jdbc.execute("truncate table audit_event");

		this.mvc.perform(get("/admin/audit?page=2").with(SignedIn.as(physio)).with((request) -> {
			request.setRemoteAddr("0:0:0:0:0:0:0:1");
			return request;
		})).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/staff").with(SignedIn.as(physio)).with((request) -> {
			request.setRemoteAddr("::ffff:127.0.0.1");
			return request;
		})).andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForList(
				"select action || ' ' || detail || ' ' || remote_address from audit_event " + "order by id",
				String.class))
			.containsExactly("ACCESS_DENIED GET /admin/audit ::1", "ACCESS_DENIED GET /admin/staff 127.0.0.1");
		this.mvc.perform(get("/admin/audit").with(SignedIn.as(this.admin)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("GET /admin/staff")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Access denied")));
	}

	@Test
	void aSuccessfulLoginIsRecorded() throws Exception {
		this.jdbc.execute("truncate table audit_event");

		SignedIn.byForm(this.mvc, this.admin.getEmail(), Fixtures.PASSWORD);

		assertThat(this.jdbc.queryForList("select action || ' ' || actor_id from audit_event", String.class))
			.containsExactly("LOGIN " + this.admin.getId());
	}

	private List<String> actions() {
		return this.jdbc.queryForList("select action from audit_event order by id", String.class);
	}

}
