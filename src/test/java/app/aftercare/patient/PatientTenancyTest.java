package app.aftercare.patient;

import java.util.Map;

import app.aftercare.audit.AuditAction;
import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.SignedIn;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class PatientTenancyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PatientService patientService;

	StaffMember adminOfA;

	StaffMember adminOfB;

	Patient patientOfA;

	@BeforeEach
	void twoClinics() {
		this.adminOfA = this.fixtures.clinicWithAdmin("Clinic A", "a@clinic.example");
		this.adminOfB = this.fixtures.clinicWithAdmin("Clinic B", "b@clinic.example");
		this.patientOfA = this.fixtures.patient(this.adminOfA, "José", "García");
	}

	@Test
	void anotherClinicsPatientIsNotFoundOnThePageTheEditFormAndTheSave() throws Exception {
		Long id = this.patientOfA.getId();
		this.mvc.perform(get("/patients/{id}", id).with(SignedIn.as(this.adminOfB)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(not(containsString("García"))));
		this.mvc.perform(get("/patients/{id}/edit", id).with(SignedIn.as(this.adminOfB)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("García"))));
		this.mvc
			.perform(post("/patients/{id}", id).with(SignedIn.as(this.adminOfB))
				.with(csrf())
				.param("firstName", "Mallory")
				.param("lastName", "Taken")
				.param("preferredLanguage", "en")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/patients/{id}", id).with(SignedIn.as(this.adminOfB))
				.with(csrf())
				.param("firstName", "")
				.param("lastName", "")
				.param("preferredLanguage", "en")
				.param("version", "0"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("García"))));

		assertThat(this.jdbc.queryForMap("select first_name, last_name, version from patient where id = ?", id))
			.containsEntry("first_name", "José")
			.containsEntry("last_name", "García")
			.containsEntry("version", 0L);
	}

	@Test
	void eachAttemptOnAnotherClinicsPatientIsAudited() throws Exception {
		Long id = this.patientOfA.getId();
		this.mvc.perform(get("/patients/{id}", id).with(SignedIn.as(this.adminOfB))).andExpect(status().isNotFound());
		this.mvc.perform(get("/patients/{id}/edit", id).with(SignedIn.as(this.adminOfB)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/patients/{id}", id).with(SignedIn.as(this.adminOfB))
				.with(csrf())
				.param("firstName", "Mallory")
				.param("lastName", "Taken")
				.param("preferredLanguage", "en")
				.param("version", "0"))
			.andExpect(status().isNotFound());

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = ? and record_type = 'Patient' and record_id = ? "
						+ "and clinic_id = ? and actor_id = ?",
				Integer.class, AuditAction.RECORD_NOT_FOUND.name(), id, this.adminOfB.getClinic().getId(),
				this.adminOfB.getId()))
			.isEqualTo(3);
	}

	@Test
	void aSearchNeverShowsAnotherClinicsPatients() throws Exception {
		this.fixtures.patient(this.adminOfB, "Josefa", "Gómez");
		for (String query : new String[] { "", "jose", "garcia", "jose garcia" }) {
			this.mvc.perform(get("/patients").param("q", query).with(SignedIn.as(this.adminOfB)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("García"))));
		}
		assertThat(this.patientService.search(this.adminOfB.getClinic().getId(), "jose", 0).getContent())
			.extracting(Patient::getFullName)
			.containsExactly("Josefa Gómez");
		assertThat(this.patientService.recent(this.adminOfB.getClinic().getId(), 10)).extracting(Patient::getFullName)
			.containsExactly("Josefa Gómez");
	}

	@Test
	void viewingCreatingAndChangingAPatientAreAuditedWithWhoAndWhich() throws Exception {
		this.mvc
			.perform(post("/patients").with(SignedIn.as(this.adminOfA))
				.with(csrf())
				.param("firstName", "Ana")
				.param("lastName", "Martínez")
				.param("preferredLanguage", "en"))
			.andExpect(status().isFound());
		Long created = this.jdbc.queryForObject("select id from patient where first_name = 'Ana'", Long.class);
		this.mvc.perform(get("/patients/{id}", created).with(SignedIn.as(this.adminOfA))).andExpect(status().isOk());
		this.mvc
			.perform(post("/patients/{id}", created).with(SignedIn.as(this.adminOfA))
				.with(csrf())
				.param("firstName", "Ana")
				.param("lastName", "Martínez Ruiz")
				.param("preferredLanguage", "es")
				.param("version", "0"))
			.andExpect(status().isFound());

		assertThat(this.jdbc.queryForList(
				"select action, clinic_id, actor_id from audit_event where record_type = 'Patient' and record_id = ? "
						+ "order by id",
				created))
			.extracting((Map<String, Object> row) -> row.get("action"))
			.containsExactly(AuditAction.CREATE.name(), AuditAction.VIEW.name(), AuditAction.UPDATE.name());
		assertThat(this.jdbc.queryForList(
				"select distinct clinic_id, actor_id from audit_event where record_type = 'Patient' and record_id = ?",
				created))
			.containsExactly(Map.of("clinic_id", this.adminOfA.getClinic().getId(), "actor_id", this.adminOfA.getId()));
	}

	@Test
	void theRecentPatientsAreTheLastChangedFirst() {
		Long clinic = this.adminOfA.getClinic().getId();
		Patient ana = this.fixtures.patient(this.adminOfA, "Ana", "Martínez");
		this.fixtures.patient(this.adminOfA, "Luis", "Ortega");
		this.patientService.update(clinic, ana.getId(), 0,
				new PatientDetails("Ana", "Martínez Ruiz", null, null, null, "es", null));

		assertThat(this.patientService.recent(clinic, 2)).extracting(Patient::getFullName)
			.containsExactly("Ana Martínez Ruiz", "Luis Ortega");
		assertThat(this.patientService.recent(clinic, 100_000)).hasSize(3);
		assertThat(this.patientService.recent(clinic, -1)).hasSize(1);
	}

}
