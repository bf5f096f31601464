package app.aftercare.clinic;

import app.aftercare.security.Role;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@Import(Fixtures.class)
class StaffAdministrationTest {

	private static final String XSS = "<img src=x onerror=alert(1)>";

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
	}

	@Test
	void theStaffPageListsTheClinicsStaffWithEmailRoleAndStatus() throws Exception {
		StaffMember physio = physio("Alex Physio", "alex@harbour.example");
		this.staffService.disable(clinicId(), this.admin.getId(), physio.getId());
		this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");

		this.mvc.perform(get("/admin/staff").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Admin of Harbour Physio")))
			.andExpect(content().string(containsString("owner@harbour.example")))
			.andExpect(content().string(containsString("Administrator")))
			.andExpect(content().string(containsString("Alex Physio")))
			.andExpect(content().string(containsString("alex@harbour.example")))
			.andExpect(content().string(containsString("Physiotherapist")))
			.andExpect(content().string(containsString("Disabled")))
			.andExpect(content().string(containsString("/admin/staff/" + physio.getId() + "/enable")))
			.andExpect(content().string(not(containsString("/admin/staff/" + this.admin.getId() + "/disable"))))
			.andExpect(content().string(not(containsString("other@clinic.example"))));
	}

	@Test
	void theAddFormHasALabelForEveryField() throws Exception {
		this.mvc.perform(get("/admin/staff").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("<label for=\"name\">Name</label>")))
			.andExpect(content().string(containsString("<label for=\"email\">Email</label>")))
			.andExpect(content().string(containsString("<label for=\"password\">Initial password</label>")))
			.andExpect(content().string(containsString("<legend>Role</legend>")))
			.andExpect(content().string(containsString("Add staff member")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void thePageSpeaksSpanishToASpanishBrowser() throws Exception {
		this.mvc.perform(get("/admin/staff").with(SignedIn.as(this.admin)).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contraseña inicial")))
			.andExpect(content().string(containsString("Fisioterapeuta")));
	}

	@Test
	void anAdminAddsAPhysiotherapistWhoCanThenLogIn() throws Exception {
		MvcResult added = this.mvc
			.perform(addStaff("Alex Physio", " Alex@Harbour.example ", "a long enough passphrase", "PHYSIO"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/staff"))
			.andReturn();
		this.mvc.perform(get("/admin/staff").with(SignedIn.as(this.admin)).flashAttrs(added.getFlashMap()))
			.andExpect(content().string(containsString("Staff member added.")));

		assertThat(this.jdbc.queryForMap(
				"select clinic_id, name, email, role, enabled, password_hash from staff_member where name = 'Alex Physio'"))
			.containsEntry("clinic_id", clinicId())
			.containsEntry("email", "alex@harbour.example")
			.containsEntry("role", "PHYSIO")
			.containsEntry("enabled", true)
			.hasEntrySatisfying("password_hash", (hash) -> assertThat((String) hash).startsWith("{argon2}"));
		assertThat(auditCount("CREATE", "StaffMember")).isOne();
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "alex@harbour.example")
				.param("password", "a long enough passphrase"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdminCanAddAnotherAdmin() throws Exception {
		this.mvc.perform(addStaff("Sam Admin", "sam@harbour.example", "a long enough passphrase", "ADMIN"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select role from staff_member where email = 'sam@harbour.example'",
				String.class))
			.isEqualTo("ADMIN");
	}

	@Test
	void anEmailInUseInAnyClinicIsAFieldError() throws Exception {
		this.fixtures.clinicWithAdmin("Other Clinic", "taken@other.example");
		this.mvc.perform(addStaff("Alex", "TAKEN@other.example", "a long enough passphrase", "PHYSIO"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/staff"))
			.andExpect(model().attributeHasFieldErrorCode("staffForm", "email", "validation.email.taken"))
			.andExpect(content().string(containsString("This email address is already in use.")));
		this.mvc.perform(addStaff("Alex", "owner@harbour.example", "a long enough passphrase", "PHYSIO"))
			.andExpect(model().attributeHasFieldErrors("staffForm", "email"));
		assertThat(staffCount()).isEqualTo(2);
	}

	@Test
	void badInputGivesFieldErrorsAndSavesNothing() throws Exception {
		this.mvc.perform(addStaff("", "not-an-email", "short", "PHYSIO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("staffForm", "name", "email", "password"))
			.andExpect(content().string(containsString("Use between 12 and 128 characters.")));
		this.mvc.perform(addStaff("Alex", "alex@harbour.example", "a long enough passphrase", "OWNER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("staffForm", "role"));
		this.mvc.perform(addStaff("Alex", "alex@harbour.example", "a long enough passphrase", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("staffForm", "role"))
			.andExpect(content().string(containsString("Choose a role.")));
		this.mvc.perform(addStaff("x".repeat(201), "alex@harbour.example", "a long enough passphrase", "PHYSIO"))
			.andExpect(model().attributeHasFieldErrors("staffForm", "name"));
		assertThat(staffCount()).isOne();
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedButNeverEchoesThePassword() throws Exception {
		this.mvc.perform(addStaff("Alex Physio", "not-an-email", "my secret passphrase", "ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Alex Physio\"")))
			.andExpect(content().string(containsString("value=\"ADMIN\" id=\"role1\" name=\"role\" checked")))
			.andExpect(content().string(not(containsString("my secret passphrase"))));
	}

	@Test
	void aClinicIdOrEnabledFlagSentWithTheFormIsIgnored() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		this.mvc
			.perform(addStaff("Alex", "alex@harbour.example", "a long enough passphrase", "PHYSIO")
				.param("clinicId", other.getClinic().getId().toString())
				.param("clinic.id", other.getClinic().getId().toString())
				.param("enabled", "false")
				.param("id", "999"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap("select clinic_id, enabled from staff_member where email = ?",
				"alex@harbour.example"))
			.containsEntry("clinic_id", clinicId())
			.containsEntry("enabled", true);
	}

	@Test
	void aDisabledStaffMemberCannotLogInUntilEnabledAgain() throws Exception {
		StaffMember physio = physio("Alex Physio", "alex@harbour.example");
		this.mvc.perform(post("/admin/staff/{id}/disable", physio.getId()).with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/staff"));
		assertThat(enabled(physio)).isFalse();
		assertThat(auditCount("DISABLE", "StaffMember")).isOne();
		this.mvc.perform(logIn("alex@harbour.example")).andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(post("/admin/staff/{id}/enable", physio.getId()).with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"));
		assertThat(enabled(physio)).isTrue();
		assertThat(auditCount("ENABLE", "StaffMember")).isOne();
		this.mvc.perform(logIn("alex@harbour.example")).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdminCannotDisableThemselves() throws Exception {
		MvcResult refused = this.mvc
			.perform(post("/admin/staff/{id}/disable", this.admin.getId()).with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"))
			.andReturn();
		assertThat(enabled(this.admin)).isTrue();
		this.mvc.perform(get("/admin/staff").with(SignedIn.as(this.admin)).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("You cannot disable your own account.")));
	}

	@Test
	void aStaffMemberOfAnotherClinicIsNotFoundAndTheAttemptIsAudited() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		this.mvc.perform(post("/admin/staff/{id}/disable", other.getId()).with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		this.mvc.perform(post("/admin/staff/{id}/enable", other.getId()).with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/staff/{id}/disable", 987654).with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(enabled(other)).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RECORD_NOT_FOUND' and record_type = 'StaffMember' "
						+ "and record_id = ? and clinic_id = ?",
				Integer.class, other.getId(), clinicId()))
			.isEqualTo(2);
	}

	@Test
	void aNonNumericStaffIdIsABadRequestNotAnError() throws Exception {
		this.mvc.perform(post("/admin/staff/abc/disable").with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNameWithMarkupIsShownAsText() throws Exception {
		this.mvc.perform(addStaff(XSS, "xss@harbour.example", "a long enough passphrase", "PHYSIO"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/admin/staff").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
			.andExpect(content().string(not(containsString(XSS))));
	}

	private MockHttpServletRequestBuilder addStaff(String name, String email, String password, String role) {
		return post("/admin/staff").with(SignedIn.as(this.admin))
			.with(csrf())
			.param("name", name)
			.param("email", email)
			.param("password", password)
			.param("role", role);
	}

	@Test
	void anAdminSetsANewPasswordForAStaffMemberWhoCanThenLogInWithItAndItIsAudited() throws Exception {
		StaffMember physio = physio("Alex Physio", "alex@harbour.example");
		this.mvc
			.perform(post("/admin/staff/{id}/password", physio.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.param("password", "a brand new passphrase"))
			.andExpect(redirectedUrl("/admin/staff"));

		assertThat(auditCount("PASSWORD_SET", "StaffMember")).isOne();
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "alex@harbour.example")
				.param("password", "a brand new passphrase"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(
				post("/login").with(csrf()).param("email", "alex@harbour.example").param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aNewPasswordFollowsThePasswordPolicy() throws Exception {
		StaffMember physio = physio("Alex Physio", "alex@harbour.example");
		String hash = this.jdbc.queryForObject("select password_hash from staff_member where id = ?", String.class,
				physio.getId());
		this.mvc
			.perform(post("/admin/staff/{id}/password", physio.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-" + physio.getId() + "-error\"")))
			.andExpect(content().string(containsString("Use between 12 and 128 characters.")));
		assertThat(this.jdbc.queryForObject("select password_hash from staff_member where id = ?", String.class,
				physio.getId()))
			.isEqualTo(hash);
		assertThat(auditCount("PASSWORD_SET", "StaffMember")).isZero();
	}

	@Test
	void aPhysiotherapistCannotSetPasswordsAndNeitherCanAnotherClinicsAdmin() throws Exception {
		StaffMember physio = physio("Alex Physio", "alex@harbour.example");
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		this.mvc
			.perform(post("/admin/staff/{id}/password", this.admin.getId()).with(SignedIn.as(physio))
				.with(csrf())
				.param("password", "a brand new passphrase"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/staff/{id}/password", physio.getId()).with(SignedIn.as(other))
				.with(csrf())
				.param("password", "a brand new passphrase"))
			.andExpect(status().isNotFound());
		this.mvc.perform(
				post("/login").with(csrf()).param("email", "alex@harbour.example").param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	/**
	 * A login from an address of its own, so that failures here never throttle other
	 * tests' logins.
	 */
	private static MockHttpServletRequestBuilder logIn(String email) {
		return post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("192.0.2.10");
			return request;
		}).param("email", email).param("password", Fixtures.PASSWORD);
	}

	private StaffMember physio(String name, String email) {
		return this.staffService.add(clinicId(),
				new StaffService.NewStaffMember(name, email, Fixtures.PASSWORD, Role.PHYSIO));
	}

	private Long clinicId() {
		return this.admin.getClinic().getId();
	}

	private boolean enabled(StaffMember staff) {
		return this.jdbc.queryForObject("select enabled from staff_member where id = ?", Boolean.class, staff.getId());
	}

	private int staffCount() {
		return this.jdbc.queryForObject("select count(*) from staff_member", Integer.class);
	}

	private int auditCount(String action, String recordType) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = ? and record_type = ? and clinic_id = ?",
				Integer.class, action, recordType, clinicId());
	}

}
