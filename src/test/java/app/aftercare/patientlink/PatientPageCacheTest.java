package app.aftercare.patientlink;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.MutableClock;
import app.aftercare.support.SignedIn;
import app.aftercare.support.StaticFiles;
import app.aftercare.treatment.ReviewDecision;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.treatment.TreatmentView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The patient page is served from a cached model (issue 14), yet never stale: each change
 * below is made after the page was opened (so its model is cached), and the very next
 * open shows it. Changes made by another instance are in
 * {@link PatientPageTwoInstancesTest}.
 */
@IntegrationTest
@Import({ Fixtures.class, MutableClock.Configuration.class })
class PatientPageCacheTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TreatmentService treatments;

	@Autowired
	ClinicService clinics;

	PatientSide side;

	StaffMember physio;

	Patient patient;

	LocalDateTime treatedAt;

	Long treatmentId;

	String token;

	@BeforeEach
	void anOpenedPage() throws Exception {
		this.side = new PatientSide(this.mvc, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
		this.treatedAt = this.side.now();
		this.treatmentId = this.side.logTreatment(this.physio, this.patient, this.treatedAt, "NECK", "LIGHT");
		this.token = this.side.tokenOf(this.physio, this.treatmentId);
		assertThat(this.side.page(this.token)).contains("data-status=\"REST\"")
			.contains("Jane")
			.contains("Harbour Physio")
			.doesNotContain("data-plan-change");
	}

	@Test
	void theKeptPageLinksStaticFilesByTheirHashedNames() throws Exception {
		for (int i = 0; i < 2; i++) {
			assertThat(open().getContentAsString())
				.contains("href=\"" + StaticFiles.hashed("/css/app.css") + "\"",
						"href=\"" + StaticFiles.hashed("/css/patient.css") + "\"")
				.doesNotContain("\"/css/app.css\"", "\"/css/patient.css\"");
		}
	}

	@Test
	void everyOpenGetsTheSamePageWithAFormKeyOfItsOwn() throws Exception {
		MockHttpServletResponse first = open();
		MockHttpServletResponse second = open();

		String firstKey = PatientSide.hidden(first.getContentAsString(), "submission");
		String secondKey = PatientSide.hidden(second.getContentAsString(), "submission");
		assertThat(firstKey).isNotEqualTo(secondKey).matches("[0-9a-f-]{36}");
		assertThat(second.getContentAsString().replace(secondKey, firstKey)).isEqualTo(first.getContentAsString());
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getContentLength()).isEqualTo(second.getContentAsByteArray().length);
		assertThat(second.getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void aKeptPageIsAnsweredBeforeSpringMvcWithTheBytesAndHeadersOfTheRenderedOne() throws Exception {
		MvcResult rendered = this.mvc.perform(get("/p/{token}", this.token).param("checked-in", "sent")).andReturn();
		MvcResult kept = this.mvc.perform(get("/p/{token}", this.token).param("checked-in", "sent")).andReturn();

		assertThat(rendered.getHandler()).as("rendered by the controller").isNotNull();
		assertThat(kept.getHandler()).as("answered by KeptPatientPages").isNull();
		MockHttpServletResponse first = rendered.getResponse();
		MockHttpServletResponse second = kept.getResponse();
		assertThat(second.getStatus()).isEqualTo(200);
		// (MockMvc's flash-attribute helper, MockSessionCarriesSessionCookie, opens a
		// session
		// for a request that reaches Spring MVC; over HTTP the patient side sets no
		// cookie:
		// PatientLinkSessionTest)
		List<String> names = first.getHeaderNames().stream().filter((name) -> !name.equals("Set-Cookie")).toList();
		for (String name : names) {
			String expected = name.equals("Content-Length") ? String.valueOf(second.getContentAsByteArray().length)
					: first.getHeader(name);
			assertThat(second.getHeader(name)).as(name).isEqualTo(expected);
		}
		assertThat(second.getHeaderNames()).containsExactlyInAnyOrderElementsOf(names);
		assertThat(second.getHeader("Content-Language")).isEqualTo("en");
		String firstKey = PatientSide.hidden(first.getContentAsString(), "submission");
		String secondKey = PatientSide.hidden(second.getContentAsString(), "submission");
		assertThat(secondKey).isNotEqualTo(firstKey);
		assertThat(second.getContentAsString().replace(secondKey, firstKey)).isEqualTo(first.getContentAsString())
			.contains("data-checked-in");
	}

	@Test
	void twoPagesOpenedBeforeACheckInEachSendTheirOwn() throws Exception {
		String first = open().getContentAsString();
		String second = open().getContentAsString();

		sendFrom(first, "symptoms", "DIZZINESS");
		sendFrom(second, "soreness", "6");
		sendFrom(second, "soreness", "6"); // the same form twice: one report

		assertThat(this.jdbc.queryForList("select soreness from symptom_report where treatment_id = ? order by id",
				Integer.class, this.treatmentId))
			.containsExactly(null, 6);
	}

	@Test
	void aCheckInShowsOnTheNextOpen() throws Exception {
		this.side.checkIn(this.token, "symptoms", "DIZZINESS").andExpect(status().isFound());

		assertThat(this.side.page(this.token)).contains("data-plan-change").contains("dizz");
	}

	@Test
	void aReviewShowsOnTheNextOpen() throws Exception {
		this.treatments.review(clinicId(), this.treatmentId, this.physio.getId(),
				new ReviewDecision(null, MilestoneCode.FULL_TRAINING, this.clock.instant().plus(Duration.ofDays(6)),
						"Seen in clinic", "See you on Thursday"));

		assertThat(this.side.page(this.token)).contains("data-patient-note").contains("See you on Thursday");
	}

	@Test
	void anEditShowsOnTheNextOpen() throws Exception {
		LocalDateTime earlier = this.treatedAt.minusDays(3);
		TreatmentView treatment = this.treatments.file(clinicId(), this.treatmentId).treatment();
		this.treatments.change(clinicId(), this.treatmentId, version(),
				new TreatmentDetails(earlier.atZone(PatientSide.LONDON).toInstant(), treatment.areas(),
						treatment.intensity(), treatment.sensitiveArea(), treatment.needleCount(), java.util.Set.of(),
						treatment.notes()));

		assertThat(this.side.page(this.token)).doesNotContain("data-status=\"REST\"")
			.contains("datetime=\"" + PatientSide.isoHoursAfter(earlier, 24) + "\"");
	}

	@Test
	void aChangeToAReviewMadeWithPlainSqlShowsOnTheNextOpen() throws Exception {
		this.treatments.review(clinicId(), this.treatmentId, this.physio.getId(),
				new ReviewDecision(null, MilestoneCode.FULL_TRAINING, this.clock.instant().plus(Duration.ofDays(6)),
						"Seen in clinic", "See you on Thursday"));
		assertThat(this.side.page(this.token)).contains("See you on Thursday");

		this.jdbc.update("update review set patient_note = null");

		assertThat(this.side.page(this.token)).doesNotContain("See you on Thursday");
	}

	@Test
	void aRevokedLinkStopsAtOnceAndTheReissuedOneOpens() throws Exception {
		this.mvc.perform(post("/treatments/{id}/link", this.treatmentId).with(SignedIn.as(this.physio)).with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(get("/p/{token}", this.token)).andExpect(status().isNotFound());
		assertThat(this.side.page(this.side.tokenOf(this.physio, this.treatmentId))).contains("Jane");
	}

	@Test
	void aClinicChangeShowsOnTheNextOpen() throws Exception {
		this.clinics.updateDetails(clinicId(), new ClinicService.ClinicDetails("Quayside Physio",
				ZoneId.of("Europe/London"), "+44 20 7946 1111", null, "en"));

		assertThat(this.side.page(this.token)).contains("Quayside Physio")
			.contains("href=\"tel:+442079461111\"")
			.doesNotContain("Harbour Physio");
	}

	@Test
	void aChangeOfTheClinicMadeWithPlainSqlShowsOnTheNextOpen() throws Exception {
		this.jdbc.update("update clinic set name = 'Quayside Physio', phone = '+44 20 7946 1111' where id = ?",
				clinicId());

		assertThat(this.side.page(this.token)).contains("Quayside Physio")
			.contains("href=\"tel:+442079461111\"")
			.doesNotContain("Harbour Physio");
	}

	@Test
	void aChangeOfThePatientsNameOrLanguageShowsOnTheNextOpen() throws Exception {
		this.jdbc.update("update patient set first_name = 'Juana', preferred_language = 'es' where id = ?",
				this.patient.getId());

		assertThat(this.side.page(this.token)).contains("Juana").contains("lang=\"es\"");
	}

	@Test
	void aMilestoneReachedShowsOnTheNextOpenAndTheLinkExpiresOnTime() throws Exception {
		assertThat(PatientPageTest.milestone(this.side.page(this.token), "LIGHT_EXERCISE")).contains("upcoming");

		this.clock.advance(Duration.ofHours(49));

		String page = this.side.page(this.token);
		assertThat(page).doesNotContain("data-status=\"REST\"");
		assertThat(PatientPageTest.milestone(page, "LIGHT_EXERCISE")).doesNotContain("upcoming");

		this.clock.advance(Duration.ofDays(14));

		this.mvc.perform(get("/p/{token}", this.token)).andExpect(status().isNotFound());
	}

	private MockHttpServletResponse open() throws Exception {
		return this.mvc.perform(get("/p/{token}", this.token)).andExpect(status().isOk()).andReturn().getResponse();
	}

	/**
	 * Sends the page's check-in form with its own submission key, as the browser would.
	 * (The CSRF token is the test's: MockMvc's {@code csrf()} replaces the link-bound
	 * tokens for the whole context; {@link PatientLinkSessionTest} sends the page's own.)
	 */
	private void sendFrom(String page, String name, String value) throws Exception {
		this.mvc
			.perform(post("/p/{token}/check-in", this.token).with(csrf())
				.param("submission", PatientSide.hidden(page, "submission"))
				.param(name, value))
			.andExpect(status().isFound());
	}

	private Long clinicId() {
		return this.physio.getClinic().getId();
	}

	private long version() {
		return this.jdbc.queryForObject("select version from treatment where id = ?", Long.class, this.treatmentId);
	}

}
