package app.aftercare.clinic;

import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-up of further clinics when the deployment allows it, and that clinics never see
 * each other's data.
 */
@IntegrationTest
@TestPropertySource(properties = "aftercare.registration-open=true")
@Import(Fixtures.class)
class RegistrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theRegistrationPageAsksForTheSameFieldsAsSetup() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Register a clinic")))
			.andExpect(content().string(containsString(">Clinic name</label>")))
			.andExpect(content().string(containsString(">Time zone</label>")))
			.andExpect(content().string(containsString(">Your name</label>")))
			.andExpect(content().string(containsString(">Email</label>")))
			.andExpect(content().string(containsString(">Password</label>")))
			.andExpect(content().string(containsString("Create clinic")));
	}

	@Test
	void aSecondClinicRegistersAndItsAdminCanLogIn() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		MvcResult registered = this.mvc.perform(register("hill@physio.example"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		this.mvc.perform(get("/login").flashAttrs(registered.getFlashMap()))
			.andExpect(content().string(containsString("Your clinic is registered.")));

		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForMap("select c.name, c.time_zone, s.role from staff_member s "
				+ "join clinic c on c.id = s.clinic_id where s.email = 'hill@physio.example'"))
			.containsEntry("name", "Hill Physio")
			.containsEntry("time_zone", "Europe/Madrid")
			.containsEntry("role", "ADMIN");
		MockHttpSession session = logIn("hill@physio.example");
		this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hill Physio")));
	}

	@Test
	void anEmailThatAlreadySignsSomeoneInCannotRegisterAgain() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.mvc.perform(register("Owner@Harbour.example"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("setupForm", "email", "validation.email.taken"));
		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isOne();
	}

	@Test
	void controlCharactersInTheNamesAreFieldErrorsNotAServerError() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.mvc
			.perform(register("hill@physio.example").param("clinicName", "Hill\u0000Physio")
				.param("name", "Hana\u0000Hill"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("setupForm", "clinicName", "name"));
		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isOne();
	}

	@Test
	void beforeTheFirstClinicExistsRegistrationIsClosedAndSetupIsTheWayIn() throws Exception {
		this.mvc.perform(get("/register")).andExpect(status().isNotFound());
		this.mvc.perform(register("hill@physio.example")).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isZero();
	}

	@Test
	void theAdminOfTheNewClinicSeesOnlyTheirOwnData() throws Exception {
		StaffMember harbour = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Patient harbourPatient = this.fixtures.patient(harbour, "José", "García");
		this.mvc.perform(register("hill@physio.example")).andExpect(status().isFound());
		MockHttpSession hill = logIn("hill@physio.example");
		Long hillClinicId = this.jdbc.queryForObject("select clinic_id from staff_member where email = ?", Long.class,
				"hill@physio.example");

		this.mvc.perform(get("/patients/{id}", harbourPatient.getId()).session(hill))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("García"))));
		this.mvc.perform(get("/admin/patients/{id}/export", harbourPatient.getId()).session(hill))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/patients").session(hill))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No patients yet.")));
		this.mvc.perform(get("/patients").param("q", "garcia").session(hill))
			.andExpect(content().string(not(containsString("García"))));
		this.mvc.perform(get("/admin/staff").session(hill))
			.andExpect(content().string(containsString("hill@physio.example")))
			.andExpect(content().string(not(containsString("owner@harbour.example"))));
		this.mvc.perform(post("/admin/staff/{id}/disable", harbour.getId()).session(hill).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/audit").session(hill))
			.andExpect(content().string(not(containsString("owner@harbour.example"))))
			.andExpect(content().string(containsString("Not found in this clinic")))
			.andExpect(content().string(not(containsString("Created"))));
		this.mvc.perform(get("/admin/clinic").session(hill))
			.andExpect(content().string(containsString("value=\"Hill Physio\"")));

		assertThat(this.jdbc
			.queryForObject(
					"select count(*) from audit_event where action = 'RECORD_NOT_FOUND' and record_type = 'Patient' "
							+ "and record_id = ? and clinic_id = ?",
					Integer.class, harbourPatient.getId(), hillClinicId))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select enabled from staff_member where id = ?", Boolean.class,
				harbour.getId()))
			.isTrue();
	}

	private static MockHttpServletRequestBuilder register(String email) {
		return post("/register").with(csrf())
			.param("clinicName", "Hill Physio")
			.param("timeZone", "Europe/Madrid")
			.param("name", "Hana Hill")
			.param("email", email)
			.param("password", "a long enough passphrase");
	}

	private MockHttpSession logIn(String email) throws Exception {
		return SignedIn.byForm(this.mvc, email, "a long enough passphrase");
	}

}
