package app.aftercare.patient;

import java.util.List;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.SignedIn;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class PatientSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PatientService patientService;

	StaffMember admin;

	@BeforeEach
	void clinic() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void aNameIsFoundWithoutAccentsInAnyCaseByTheStartOfEitherName() {
		this.fixtures.patient(this.admin, "José", "García");
		this.fixtures.patient(this.admin, "Ana", "Martínez");
		this.fixtures.patient(this.admin, "Luis", "Ortega");

		assertThat(search("jose")).containsExactly("José García");
		assertThat(search("garc")).containsExactly("José García");
		assertThat(search("JOSÉ")).containsExactly("José García");
		assertThat(search("  García ")).containsExactly("José García");
		assertThat(search("martinez")).containsExactly("Ana Martínez");
	}

	@Test
	void everyWordOfTheQueryMustMatch() {
		this.fixtures.patient(this.admin, "José", "García");
		this.fixtures.patient(this.admin, "José", "Ortega");

		assertThat(search("jose garcia")).containsExactly("José García");
		assertThat(search("garcia jose")).containsExactly("José García");
		assertThat(search("jose")).containsExactlyInAnyOrder("José García", "José Ortega");
		assertThat(search("jose martinez")).isEmpty();
	}

	@Test
	void eachRowOfThePatientListLogsATreatmentInOneClick() throws Exception {
		Patient jose = this.fixtures.patient(this.admin, "José", "García");
		String page = this.mvc.perform(get("/patients").with(SignedIn.as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/patients/" + jose.getId() + "/treatments/new\"", "Log treatment",
				"for José García");
	}

	@Test
	void aQueryThatMatchesNobodyShowsTheEmptyState() throws Exception {
		this.fixtures.patient(this.admin, "José", "García");
		this.mvc.perform(get("/patients").param("q", "zzz").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No patient matches that name.")))
			.andExpect(content().string(not(containsString("García"))))
			.andExpect(content().string(containsString("value=\"zzz\"")));
	}

	@Test
	void aClinicWithoutPatientsShowsHowToAddTheFirst() throws Exception {
		this.mvc.perform(get("/patients").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"q\">Search by name</label>")))
			.andExpect(content().string(containsString("No patients yet.")))
			.andExpect(content().string(containsString("New patient")));
	}

	@Test
	void theListPageShowsMatchesWithALinkToEachPatient() throws Exception {
		Patient jose = this.fixtures.patient(this.admin, "José", "García");
		this.fixtures.patient(this.admin, "Ana", "Martínez");
		this.mvc.perform(get("/patients").param("q", "jose").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/patients/" + jose.getId() + "\">García</a>")))
			.andExpect(content().string(not(containsString("Martínez"))));
	}

	@Test
	void percentUnderscoreAndBackslashInAQueryAreTakenLiterally() {
		this.fixtures.patient(this.admin, "José", "García");
		this.fixtures.patient(this.admin, "Ann_a", "Percent%Smith");
		this.fixtures.patient(this.admin, "Back\\slash", "Jones");

		assertThat(search("%")).isEmpty();
		assertThat(search("_")).isEmpty();
		assertThat(search("jo_e")).isEmpty();
		assertThat(search("%garcia")).isEmpty();
		assertThat(search("ann_")).containsExactly("Ann_a Percent%Smith");
		assertThat(search("percent%")).containsExactly("Ann_a Percent%Smith");
		assertThat(search("back\\")).containsExactly("Back\\slash Jones");
		assertThat(search("\\")).isEmpty();
	}

	@Test
	void patientsAreListedByLastNameIgnoringAccentsThenFirstName() {
		this.fixtures.patient(this.admin, "Zoe", "Bravo");
		this.fixtures.patient(this.admin, "Ana", "Bravo");
		this.fixtures.patient(this.admin, "Eva", "Álvarez");
		this.fixtures.patient(this.admin, "Max", "Castro");

		assertThat(search("")).containsExactly("Eva Álvarez", "Ana Bravo", "Zoe Bravo", "Max Castro");
	}

	@Test
	void fortyFivePatientsMakeThreePagesOfTwentyTwentyAndFive() throws Exception {
		addPatients(45);
		assertThat(listPage(get("/patients").param("page", "0"))).hasSize(20).first().isEqualTo("Surname01");
		assertThat(listPage(get("/patients").param("page", "1"))).hasSize(20).first().isEqualTo("Surname21");
		assertThat(listPage(get("/patients").param("page", "2"))).hasSize(5).last().isEqualTo("Surname45");
		this.mvc.perform(get("/patients").param("page", "1").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("Page 2 of 3")))
			.andExpect(content().string(containsString("45 patients")))
			.andExpect(content().string(containsString("href=\"/patients?q=&amp;page=0\"")))
			.andExpect(content().string(containsString("href=\"/patients?q=&amp;page=2\"")));
	}

	@Test
	void pagingAndSortingParametersOutsideTheAllowListNeverFail() throws Exception {
		addPatients(45);
		assertThat(listPage(get("/patients").param("page", "-1"))).hasSize(20).first().isEqualTo("Surname01");
		assertThat(listPage(get("/patients").param("page", "abc"))).hasSize(20).first().isEqualTo("Surname01");
		assertThat(listPage(get("/patients").param("page", "99999"))).hasSize(5).first().isEqualTo("Surname41");
		assertThat(listPage(get("/patients").param("page", "99999999999999999999999"))).hasSize(5);
		assertThat(listPage(get("/patients").param("page", ""))).hasSize(20);
		assertThat(listPage(get("/patients").param("size", "100000"))).hasSize(20);
		assertThat(listPage(get("/patients").param("sort", "(select 1)"))).hasSize(20).first().isEqualTo("Surname01");
		assertThat(listPage(get("/patients").param("sort", "id;drop table patient"))).hasSize(20);
		assertThat(listPage(get("/patients").param("q", "x".repeat(10_000)))).isEmpty();
		assertThat(listPage(get("/patients").param("q", "' or 1=1 --"))).isEmpty();
		assertThat(search("")).hasSize(20);
	}

	private void addPatients(int count) {
		for (int i = 1; i <= count; i++) {
			this.fixtures.patient(this.admin, "Test", "Surname%02d".formatted(i));
		}
	}

	private List<String> search(String query) {
		return this.patientService.search(this.admin.getClinic().getId(), query, 0)
			.map(Patient::getFullName)
			.getContent();
	}

	@SuppressWarnings("unchecked")
	private List<String> listPage(MockHttpServletRequestBuilder request) throws Exception {
		Page<Patient> page = (Page<Patient>) this.mvc.perform(request.with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("patients");
		return page.map(Patient::getLastName).getContent();
	}

}
