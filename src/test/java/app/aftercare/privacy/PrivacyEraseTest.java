package app.aftercare.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.aftercare.clinic.StaffMember;
import app.aftercare.outbox.Channel;
import app.aftercare.outbox.MessageKind;
import app.aftercare.outbox.NewMessage;
import app.aftercare.outbox.Outbox;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientService;
import app.aftercare.patientlink.LinkTokens;
import app.aftercare.privacy.TreatedPatients.TreatedPatient;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
@Import({ Fixtures.class, TreatedPatients.class })
class PrivacyEraseTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatedPatients treatedPatients;

	@Autowired
	PatientService patientService;

	@Autowired
	LinkTokens linkTokens;

	@Autowired
	Outbox outbox;

	@Autowired
	PlatformTransactionManager transactions;

	StaffMember admin;

	TreatedPatient treated;

	@BeforeEach
	void aPatientWithTreatmentsReportsReviewsAndLinks() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.treated = this.treatedPatients.of(this.admin);
	}

	@Test
	void theConfirmationPageSaysWhatWillHappenAndAsksForTheLastName() throws Exception {
		this.mvc.perform(get("/admin/patients/{id}/erase", patientId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are about to erase the personal data of José García.")))
			.andExpect(content().string(containsString("This cannot be undone.")))
			.andExpect(content().string(
					containsString("<label for=\"confirmation\">To confirm, type their last name (García)</label>")))
			.andExpect(content().string(containsString("Erase patient</button>")))
			.andExpect(content().string(containsString("/admin/patients/" + patientId() + "/export")));
		assertThat(personalData()).containsEntry("last_name", "García");
	}

	@Test
	void withoutTheRightLastNameNothingIsErased() throws Exception {
		this.mvc.perform(erase("Garcí"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/erase"))
			.andExpect(model().attributeHasFieldErrorCode("eraseForm", "confirmation",
					"admin.erase.confirmation.mismatch"))
			.andExpect(content().string(containsString("That is not the last name of this patient.")));
		this.mvc.perform(erase(""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("eraseForm", "confirmation"));
		this.mvc.perform(post("/admin/patients/{id}/erase", patientId()).with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(model().attributeHasFieldErrors("eraseForm", "confirmation"));
		assertThat(personalData()).containsEntry("first_name", "José").containsEntry("erased_at", null);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'ERASE'", Integer.class))
			.isZero();
	}

	@Test
	void erasingRemovesTheNamesDetailsAndNotesOfThePatient() throws Exception {
		MvcResult erased = this.mvc.perform(erase(" garcía "))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/patients"))
			.andReturn();
		this.mvc.perform(get("/patients").with(SignedIn.as(this.admin)).flashAttrs(erased.getFlashMap()))
			.andExpect(content().string(containsString("personal data was erased")));

		Map<String, Object> row = personalData();
		assertThat(row).containsEntry("first_name", "Erased")
			.containsEntry("last_name", "Patient")
			.containsEntry("search_first_name", "")
			.containsEntry("search_last_name", "")
			.containsEntry("date_of_birth", null)
			.containsEntry("email", null)
			.containsEntry("phone", null)
			.containsEntry("notes", null);
		assertThat(row.get("erased_at")).isNotNull();
	}

	@Test
	void erasingDeletesTheMessagesAboutThePatientsTreatmentsAndNoOthers() throws Exception {
		List<Long> treatments = this.jdbc.queryForList("select id from treatment where patient_id = ?", Long.class,
				patientId());
		Patient other = this.fixtures.patient(this.admin, "Olga", "Other");
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			for (Long treatment : treatments) {
				this.outbox.queue(new NewMessage(this.admin.getClinic().getId(), Channel.EMAIL, "jose@home.example",
						MessageKind.PATIENT_LINK, "treatment:" + treatment, Instant.now(), "link:" + treatment));
			}
			this.outbox.queue(new NewMessage(this.admin.getClinic().getId(), Channel.EMAIL, "olga@home.example",
					MessageKind.PATIENT_LINK, "patient:" + other.getId(), Instant.now(), "link:olga"));
		});

		this.mvc.perform(erase("García")).andExpect(status().isFound());

		assertThat(treatments).isNotEmpty();
		// the clinic's alerts about the patient's reports go to staff and hold no
		// personal data
		assertThat(this.jdbc.queryForList("select recipient from outbox where kind <> 'CLINIC_ALERT'", String.class))
			.containsExactly("olga@home.example");
	}

	@Test
	void erasingRemovesTheNotesOfTreatmentsAndReviewsAndKeepsTheClinicalRecords() throws Exception {
		int reports = count("select count(*) from symptom_report");
		this.mvc.perform(erase("García")).andExpect(status().isFound());

		assertThat(
				this.jdbc.queryForList("select notes from treatment where patient_id = ?", String.class, patientId()))
			.hasSize(2)
			.containsOnlyNulls();
		assertThat(this.jdbc.queryForList("select note from review", String.class)).hasSize(1).containsOnlyNulls();
		assertThat(this.jdbc.queryForList("select patient_note from review", String.class)).hasSize(1)
			.containsOnlyNulls();
		assertThat(this.jdbc.queryForList("select areas from treatment", String.class)).hasSize(2).doesNotContainNull();
		assertThat(count("select count(*) from symptom_report")).isEqualTo(reports).isPositive();
		assertThat(count("select count(*) from review where cleared_from is not null")).isOne();
	}

	@Test
	void erasingRevokesEveryLinkAndTheLinksStopWorking() throws Exception {
		String seed = this.jdbc.queryForObject(
				"select seed from patient_link where treatment_id = ? and revoked_at is null", String.class,
				this.treated.neck().getId());
		String token = this.linkTokens.token(seed);
		this.mvc.perform(get("/p/{token}", token)).andExpect(status().isOk());

		this.mvc.perform(erase("García")).andExpect(status().isFound());

		assertThat(count("select count(*) from patient_link")).isEqualTo(3);
		assertThat(count("select count(*) from patient_link where revoked_at is null")).isZero();
		this.mvc.perform(get("/p/{token}", token)).andExpect(status().isNotFound());
	}

	@Test
	void erasingKeepsTheAuditTrailWhichHoldsNoPersonalData() throws Exception {
		int before = count("select count(*) from audit_event");
		this.mvc.perform(erase("García")).andExpect(status().isFound());

		assertThat(count("select count(*) from audit_event")).isGreaterThan(before);
		assertThat(count("select count(*) from audit_event where action = 'CREATE' and record_type = 'Patient' "
				+ "and record_id = " + patientId()))
			.isOne();
		assertThat(count("select count(*) from audit_event where action = 'ERASE' and record_type = 'Patient' "
				+ "and record_id = " + patientId() + " and actor_id = " + this.admin.getId()))
			.isOne();
		List<String> text = this.jdbc.queryForList(
				"select concat_ws(' ', actor, action, record_type, remote_address) from audit_event", String.class);
		assertThat(text).noneMatch((line) -> line.contains("García") || line.contains("José")
				|| line.contains("jose@example.com") || line.contains("Marathon"));
	}

	@Test
	void anErasedPatientIsGoneFromSearchAndRecentPatients() throws Exception {
		Long clinicId = this.admin.getClinic().getId();
		this.fixtures.patient(this.admin, "Ana", "López");
		this.mvc.perform(erase("García")).andExpect(status().isFound());

		this.mvc.perform(get("/patients").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("López")))
			.andExpect(content().string(containsString("1 patient")))
			.andExpect(content().string(not(containsString("href=\"/patients/" + patientId() + "\""))));
		this.mvc.perform(get("/patients").param("q", "garcia").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("No patient matches that name.")));
		this.mvc.perform(get("/patients").param("q", "erased").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("No patient matches that name.")));
		assertThat(this.patientService.search(clinicId, "", 0).getContent()).extracting("id")
			.doesNotContain(patientId());
		assertThat(this.patientService.recent(clinicId, 50)).extracting("id").isNotEmpty().doesNotContain(patientId());
	}

	@Test
	void thePatientPageOfAnErasedPatientShowsNoPersonalData() throws Exception {
		this.mvc.perform(erase("García")).andExpect(status().isFound());
		this.mvc.perform(get("/patients/{id}", patientId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Erased Patient")))
			.andExpect(content().string(not(containsString("García"))))
			.andExpect(content().string(not(containsString("jose@example.com"))))
			.andExpect(content().string(not(containsString("Marathon"))));
		this.mvc.perform(get("/treatments/{id}", this.treated.lowerBack().getId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("García"))))
			.andExpect(content().string(not(containsString("Tight after his long run"))))
			.andExpect(content().string(not(containsString("Phoned José"))));
	}

	@Test
	void anErasedPatientCannotBeGivenPersonalDataAgain() throws Exception {
		this.mvc.perform(erase("García")).andExpect(status().isFound());
		long version = this.jdbc.queryForObject("select version from patient where id = ?", Long.class, patientId());
		this.mvc
			.perform(post("/patients/{id}", patientId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("firstName", "José")
				.param("lastName", "García")
				.param("preferredLanguage", "es"))
			.andExpect(status().isBadRequest());
		assertThat(personalData()).containsEntry("last_name", "Patient");
	}

	@Test
	void erasingTwiceChangesNothingMoreAndTheConfirmationPageSaysItIsDone() throws Exception {
		this.mvc.perform(erase("García")).andExpect(status().isFound());
		Object erasedAt = personalData().get("erased_at");
		this.mvc.perform(get("/admin/patients/{id}/erase", patientId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has already been erased")))
			.andExpect(content().string(not(containsString("Erase patient</button>"))));
		this.mvc.perform(erase("Patient")).andExpect(status().isFound());
		assertThat(personalData().get("erased_at")).isEqualTo(erasedAt);
	}

	@Test
	void anExportAfterErasureHoldsNoPersonalData() throws Exception {
		this.mvc.perform(erase("García")).andExpect(status().isFound());
		String body = this.mvc.perform(get("/admin/patients/{id}/export", patientId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"erasedAt\":\"")
			.doesNotContain("García")
			.doesNotContain("José")
			.doesNotContain("jose@example.com")
			.doesNotContain("1980-05-12")
			.doesNotContain("divorce")
			.doesNotContain("long run");
	}

	@Test
	void aPatientOfAnotherClinicIsNotFoundAndNothingIsErased() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		this.mvc.perform(get("/admin/patients/{id}/erase", patientId()).with(SignedIn.as(other)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("García"))));
		this.mvc
			.perform(post("/admin/patients/{id}/erase", patientId()).with(SignedIn.as(other))
				.with(csrf())
				.param("confirmation", "García"))
			.andExpect(status().isNotFound());
		assertThat(personalData()).containsEntry("last_name", "García").containsEntry("erased_at", null);
		assertThat(count("select count(*) from patient_link where revoked_at is null")).isEqualTo(2);
		assertThat(count("select count(*) from audit_event where action = 'RECORD_NOT_FOUND' and record_id = "
				+ patientId() + " and clinic_id = " + other.getClinic().getId()))
			.isEqualTo(2);
	}

	@Test
	void erasingNeedsACsrfToken() throws Exception {
		this.mvc
			.perform(post("/admin/patients/{id}/erase", patientId()).with(SignedIn.as(this.admin))
				.param("confirmation", "García"))
			.andExpect(status().isForbidden());
		assertThat(personalData()).containsEntry("erased_at", null);
	}

	private MockHttpServletRequestBuilder erase(String confirmation) {
		return post("/admin/patients/{id}/erase", patientId()).with(SignedIn.as(this.admin))
			.with(csrf())
			.param("confirmation", confirmation);
	}

	private Map<String, Object> personalData() {
		return this.jdbc.queryForMap("select first_name, last_name, search_first_name, search_last_name, "
				+ "date_of_birth, email, phone, notes, erased_at from patient where id = ?", patientId());
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private Long patientId() {
		return this.treated.patient().getId();
	}

}
