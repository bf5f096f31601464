package app.aftercare.patient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.SignedIn;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@Import(Fixtures.class)
class PatientPagesTest {

	private static final String XSS = "<img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	StaffMember admin;

	@BeforeEach
	void clinic() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void theNewPatientFormHasALabelForEveryField() throws Exception {
		this.mvc.perform(get("/patients/new").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"firstName\">First name</label>")))
			.andExpect(content().string(containsString("<label for=\"lastName\">Last name</label>")))
			.andExpect(content().string(containsString("<label for=\"dateOfBirth\">Date of birth</label>")))
			.andExpect(content().string(containsString("<label for=\"email\">Email</label>")))
			.andExpect(content().string(containsString("<label for=\"phone\">Phone</label>")))
			.andExpect(content().string(containsString("<label for=\"preferredLanguage\">Preferred language</label>")))
			.andExpect(content().string(containsString("<label for=\"notes\">Notes</label>")))
			.andExpect(content().string(containsString(">English</option>")))
			.andExpect(content().string(containsString(">Español</option>")))
			.andExpect(content().string(containsString("Save patient")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void theFormSpeaksSpanishToASpanishBrowser() throws Exception {
		this.mvc.perform(get("/patients/new").with(SignedIn.as(this.admin)).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fecha de nacimiento")))
			.andExpect(content().string(containsString("Guardar paciente")));
	}

	@Test
	void aSignedInPhysioCreatesAPatientAndLandsOnTheirPage() throws Exception {
		MockHttpSession session = logIn("owner@harbour.example");
		MvcResult created = this.mvc.perform(post("/patients").session(session).with(csrf()).params(form(valid())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/patients/*"))
			.andReturn();

		this.mvc
			.perform(get(created.getResponse().getRedirectedUrl()).session(session).flashAttrs(created.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("José García")))
			.andExpect(content().string(containsString("Patient saved.")))
			.andExpect(content().string(containsString("jose@example.com")))
			.andExpect(content().string(containsString("<time datetime=\"1980-05-12\">12 May 1980</time>")))
			.andExpect(content().string(containsString("No treatments yet.")))
			.andExpect(content().string(matchesPattern("(?s).*href=\"/patients/\\d+/treatments/new\".*")));
		assertThat(this.jdbc.queryForMap("select first_name, last_name, search_first_name, search_last_name, "
				+ "phone, preferred_language, notes from patient"))
			.containsEntry("first_name", "José")
			.containsEntry("last_name", "García")
			.containsEntry("search_first_name", "jose")
			.containsEntry("search_last_name", "garcia")
			.containsEntry("phone", "+34 (600) 111-222")
			.containsEntry("preferred_language", "es")
			.containsEntry("notes", "Prefers mornings");
	}

	static Stream<Arguments> badValues() {
		return Stream.of(arguments("firstName", "", "Enter a value."), arguments("firstName", "   ", "Enter a value."),
				arguments("lastName", "", "Enter a value."),
				arguments("firstName", "x".repeat(101), "Use at most 100 characters."),
				arguments("dateOfBirth", LocalDate.now().plusYears(1).toString(), "cannot be in the future"),
				arguments("dateOfBirth", "1899-12-31", "from 1900 onwards"),
				arguments("dateOfBirth", "31/12/1980", "Enter the whole date of birth: day, month and year."),
				arguments("dateOfBirth", "2024-02-30", "Enter the whole date of birth: day, month and year."),
				arguments("dateOfBirth", "99999999-01-01", "Enter the whole date of birth: day, month and year."),
				arguments("email", "not-an-email", "Enter a valid email address."),
				arguments("email", "a".repeat(250) + "@x.example", "Use at most 254 characters."),
				arguments("phone", "call me maybe", "Use only digits"),
				arguments("phone", "1".repeat(41), "Use at most 40 characters."),
				arguments("preferredLanguage", "fr", "Choose English or Español."),
				arguments("preferredLanguage", "", "Choose English or Español."),
				arguments("notes", "n".repeat(4001), "Use at most 4000 characters."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\" is refused")
	@MethodSource("badValues")
	void aBadValueIsShownAsAFieldErrorAndNothingIsSaved(String field, String value, String message) throws Exception {
		Map<String, String> form = valid();
		form.put(field, value);
		this.mvc.perform(post("/patients").with(SignedIn.as(this.admin)).with(csrf()).params(form(form)))
			.andExpect(status().isOk())
			.andExpect(view().name("patients/form"))
			.andExpect(model().attributeHasFieldErrors("patientForm", field))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(not(containsString("java."))))
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(patientCount()).isZero();
	}

	@Test
	void theLongestAndOldestAllowedValuesAreSaved() throws Exception {
		Map<String, String> form = valid();
		form.put("firstName", "F".repeat(100));
		form.put("lastName", "L".repeat(100));
		form.put("dateOfBirth", "1900-01-01");
		form.put("phone", "1".repeat(40));
		form.put("notes", "n".repeat(4000));
		this.mvc.perform(post("/patients").with(SignedIn.as(this.admin)).with(csrf()).params(form(form)))
			.andExpect(status().isFound());
		assertThat(patientCount()).isOne();
	}

	@Test
	void onlyTheNamesAndTheLanguageAreRequired() throws Exception {
		this.mvc
			.perform(post("/patients").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("firstName", "Ana")
				.param("lastName", "Martínez")
				.param("dateOfBirth", "")
				.param("email", "")
				.param("phone", "")
				.param("preferredLanguage", "en")
				.param("notes", ""))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap("select date_of_birth, email, phone, notes from patient"))
			.allSatisfy((column, value) -> assertThat(value).as(column).isNull());
	}

	@Test
	void aClinicIdPatientIdOrVersionSentWithTheFormIsIgnored() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		this.mvc
			.perform(post("/patients").with(SignedIn.as(this.admin))
				.with(csrf())
				.params(form(valid()))
				.param("clinicId", other.getClinic().getId().toString())
				.param("id", "999")
				.param("patientId", "777")
				.param("version", "42")
				.param("searchFirstName", "mallory")
				.param("createdAt", "2000-01-01T00:00:00Z"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/patients/*"));
		Map<String, Object> saved = this.jdbc
			.queryForMap("select id, clinic_id, version, search_first_name, created_at from patient");
		assertThat(saved.get("id")).isNotEqualTo(999L).isNotEqualTo(777L);
		assertThat(saved).containsEntry("clinic_id", this.admin.getClinic().getId())
			.containsEntry("version", 0L)
			.containsEntry("search_first_name", "jose");
		assertThat(saved.get("created_at").toString()).doesNotStartWith("2000");
	}

	@Test
	void theEditFormIsFilledWithThePatientAndSavesChanges() throws Exception {
		Patient patient = this.fixtures.patient(this.admin, "José", "García");
		this.mvc.perform(get("/patients/{id}/edit", patient.getId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("patientForm", hasProperty("lastName", is("García"))))
			.andExpect(content().string(containsString("name=\"firstName\" value=\"Jos")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

		Map<String, String> changes = valid();
		changes.put("lastName", "García Pérez");
		MvcResult saved = this.mvc
			.perform(post("/patients/{id}", patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.params(form(changes))
				.param("version", "0"))
			.andExpect(redirectedUrl("/patients/" + patient.getId()))
			.andReturn();
		this.mvc
			.perform(get("/patients/{id}", patient.getId()).with(SignedIn.as(this.admin))
				.flashAttrs(saved.getFlashMap()))
			.andExpect(content().string(containsString("José García Pérez")))
			.andExpect(content().string(containsString("Changes saved.")));
		assertThat(this.jdbc.queryForObject("select version from patient", Long.class)).isOne();
	}

	@Test
	void anEditWithBadValuesShowsTheFormAgainAndKeepsTheVersion() throws Exception {
		Patient patient = this.fixtures.patient(this.admin, "José", "García");
		Map<String, String> changes = valid();
		changes.put("email", "nope");
		this.mvc
			.perform(post("/patients/{id}", patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.params(form(changes))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("patientForm", "email"))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		assertThat(this.jdbc.queryForObject("select email from patient", String.class)).isNull();
	}

	@Test
	void aSaveBasedOnAStaleVersionGetsTheConflictPageShowingTheOtherChangeAndKeepsIt() throws Exception {
		Patient patient = this.fixtures.patient(this.admin, "José", "García");
		Map<String, String> first = valid();
		first.put("lastName", "García Pérez");
		this.mvc
			.perform(post("/patients/{id}", patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.params(form(first))
				.param("version", "0"))
			.andExpect(status().isFound());

		Map<String, String> stale = valid();
		stale.put("lastName", "Overwritten");
		this.mvc
			.perform(post("/patients/{id}", patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.params(form(stale))
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("data-stale-edit")))
			.andExpect(content().string(containsString("Someone else changed this patient")))
			.andExpect(content().string(containsString("García Pérez")))
			.andExpect(content().string(not(containsString("Overwritten"))))
			.andExpect(content().string(containsString("/patients/" + patient.getId() + "/edit")));
		assertThat(this.jdbc.queryForObject("select last_name from patient", String.class)).isEqualTo("García Pérez");
		assertThat(this.jdbc.queryForObject("select version from patient", Long.class)).isOne();
	}

	@Test
	void anEditWithoutAUsableVersionIsABadRequest() throws Exception {
		Patient patient = this.fixtures.patient(this.admin, "José", "García");
		this.mvc
			.perform(post("/patients/{id}", patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.params(form(valid())))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/patients/{id}", patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.params(form(valid()))
				.param("version", "(select 1)"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select version from patient", Long.class)).isZero();
	}

	/**
	 * Saving answers with a redirect (Post/Redirect/Get), so refreshing the page the
	 * browser lands on repeats only the GET.
	 */
	@Test
	void refreshingThePageAfterSavingCreatesNothingNew() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/patients").with(SignedIn.as(this.admin)).with(csrf()).params(form(valid())))
			.andExpect(status().isFound())
			.andReturn();
		String patientPage = created.getResponse().getRedirectedUrl();
		for (int refresh = 0; refresh < 3; refresh++) {
			this.mvc.perform(get(patientPage).with(SignedIn.as(this.admin))).andExpect(status().isOk());
		}
		assertThat(patientCount()).isOne();
	}

	@Test
	void markupTypedIntoAPatientIsShownAsTextOnTheListThePageAndTheForm() throws Exception {
		Map<String, String> form = valid();
		form.put("firstName", XSS);
		form.put("lastName", "<script>alert(1)</script>");
		form.put("notes", XSS);
		String page = this.mvc.perform(post("/patients").with(SignedIn.as(this.admin)).with(csrf()).params(form(form)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/patients"), get(page),
				get(page + "/edit"), get("/patients").param("q", XSS) }) {
			this.mvc.perform(request.with(SignedIn.as(this.admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<img src=x"))))
				.andExpect(content().string(not(containsString("<script>alert"))))
				.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));
		}
	}

	@Test
	void aPatientIdThatIsNotANumberIsABadRequestAndAnUnknownOneIsNotFound() throws Exception {
		this.mvc.perform(get("/patients/abc").with(SignedIn.as(this.admin))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/patients/99999999999999999999").with(SignedIn.as(this.admin)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/patients/424242").with(SignedIn.as(this.admin)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void patientPagesNeedASignedInStaffMember() throws Exception {
		this.mvc.perform(get("/patients")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/patients").with(csrf()).params(form(valid()))).andExpect(redirectedUrl("/login"));
		assertThat(patientCount()).isZero();
	}

	private MockHttpSession logIn(String email) throws Exception {
		return SignedIn.byForm(this.mvc, email, Fixtures.PASSWORD);
	}

	private int patientCount() {
		return this.jdbc.queryForObject("select count(*) from patient", Integer.class);
	}

	private static Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("firstName", "José");
		form.put("lastName", "García");
		form.put("dateOfBirth", "1980-05-12");
		form.put("email", "jose@example.com");
		form.put("phone", "+34 (600) 111-222");
		form.put("preferredLanguage", "es");
		form.put("notes", "Prefers mornings");
		return form;
	}

	private static MultiValueMap<String, String> form(Map<String, String> values) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		values.forEach(params::add);
		return params;
	}

}
