package app.aftercare.clinic;

import java.util.stream.Stream;

import app.aftercare.patient.Patient;
import app.aftercare.security.Role;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every admin page and action is for admins only.
 */
@IntegrationTest
@Import(Fixtures.class)
class AdminAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

	StaffMember admin;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithAnAdminAPhysioAndAPatient() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.physio = this.staffService.add(this.admin.getClinic().getId(),
				new StaffService.NewStaffMember("Alex Physio", "alex@harbour.example", Fixtures.PASSWORD, Role.PHYSIO));
		this.patient = this.fixtures.patient(this.admin, "José", "García");
	}

	static Stream<String> adminRoutes() {
		return Stream.of("GET /admin/staff", "POST /admin/staff", "POST /admin/staff/{staff}/disable",
				"POST /admin/staff/{staff}/enable", "GET /admin/clinic", "POST /admin/clinic", "GET /admin/audit",
				"GET /admin/patients/{patient}/export", "GET /admin/patients/{patient}/erase",
				"POST /admin/patients/{patient}/erase", "GET /admin/no-such-page");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adminRoutes")
	void aPhysioIsRefusedWith403AndTheRefusalIsAudited(String route) throws Exception {
		this.mvc
			.perform(request(method(route), path(route)).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("name", "Mallory")
				.param("email", "mallory@example.com")
				.param("password", Fixtures.PASSWORD)
				.param("role", "ADMIN")
				.param("timeZone", "Europe/Madrid")
				.param("defaultLanguage", "es")
				.param("confirmation", "García"))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_id = ? and clinic_id = ?",
				Integer.class, this.physio.getId(), this.admin.getClinic().getId()))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from staff_member", Integer.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select enabled from staff_member where id = ?", Boolean.class,
				this.admin.getId()))
			.isTrue();
		assertThat(this.jdbc.queryForObject("select name from clinic", String.class)).isEqualTo("Harbour Physio");
		assertThat(this.jdbc.queryForObject("select erased_at is null from patient", Boolean.class)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adminRoutes")
	void someoneNotLoggedInIsSentToTheLoginPage(String route) throws Exception {
		var result = this.mvc.perform(request(method(route), path(route)).with(csrf()));
		if (method(route) == HttpMethod.GET) {
			result.andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		else {
			result.andExpect(status().is3xxRedirection());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from staff_member", Integer.class)).isEqualTo(2);
	}

	@Test
	void theAdminLinksAreShownToAdminsOnly() throws Exception {
		String patientPage = "/patients/" + this.patient.getId();
		this.mvc.perform(get(patientPage).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/staff\""))))
			.andExpect(content().string(not(containsString("/admin/patients/"))));
		this.mvc.perform(get(patientPage).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/staff\"")))
			.andExpect(content()
				.string(containsString("href=\"/admin/patients/" + this.patient.getId() + "/export\">Export data</a>")))
			.andExpect(content().string(
					containsString("href=\"/admin/patients/" + this.patient.getId() + "/erase\">Erase patient</a>")));
	}

	private static HttpMethod method(String route) {
		return HttpMethod.valueOf(route.substring(0, route.indexOf(' ')));
	}

	private String path(String route) {
		return route.substring(route.indexOf(' ') + 1)
			.replace("{staff}", String.valueOf(this.admin.getId()))
			.replace("{patient}", String.valueOf(this.patient.getId()));
	}

}
