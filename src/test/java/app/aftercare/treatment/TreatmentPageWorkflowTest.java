package app.aftercare.treatment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, the physiotherapist's workflow on the treatment page: confirm before
 * revoking, print near the top, cancel an edit, reprint after one, and words that read
 * right.
 */
@IntegrationTest
@Import(Fixtures.class)
class TreatmentPageWorkflowTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TreatmentService treatments;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithAPatient() {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
	}

	@Test
	void revokeAndReissueAsksFirstAndOnlyTheConfirmationRevokes() throws Exception {
		Long id = logTreatment();
		String page = page("/treatments/" + id);
		assertThat(page).contains("action=\"/treatments/" + id + "/link/revoke\"", "Revoke and reissue link")
			.doesNotContain("method=\"post\" action=\"/treatments/" + id + "/link\"");

		String confirmation = page("/treatments/" + id + "/link/revoke");
		assertThat(confirmation).contains("Revoke the old link", "method=\"post\"",
				"action=\"/treatments/" + id + "/link\"", "href=\"/treatments/" + id + "\"");
		assertThat(activeLinks()).isOne();
		assertThat(revokedLinks()).isZero();

		this.mvc.perform(post("/treatments/{id}/link", id).with(SignedIn.as(this.physio)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(revokedLinks()).isOne();
		assertThat(activeLinks()).isOne();
	}

	@Test
	void theConfirmationOfAnotherClinicsTreatmentIsNotFound() throws Exception {
		Long id = logTreatment();
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		this.mvc.perform(get("/treatments/{id}/link/revoke", id).with(SignedIn.as(other)))
			.andExpect(status().isNotFound());
	}

	@Test
	void printComesBeforeThePlanTheReportsAndTheReviewForm() throws Exception {
		Long id = logTreatment();
		String page = page("/treatments/" + id);
		int print = page.indexOf("Print aftercare sheet");
		assertThat(print).isPositive()
			.isLessThan(page.indexOf("id=\"plan-title\""))
			.isLessThan(page.indexOf("id=\"review-title\""));
		assertThat(page.indexOf("Download PDF")).isLessThan(page.indexOf("id=\"plan-title\""));
	}

	@Test
	void theEditFormHasCancelAndSavingSaysToReprintWithTheSameLink() throws Exception {
		Long id = logTreatment();
		String link = link(page("/treatments/" + id));
		assertThat(page("/treatments/" + id + "/edit")).contains("data-cancel", "href=\"/treatments/" + id + "\"");

		MvcResult saved = this.mvc
			.perform(post("/treatments/{id}", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("version", "0")
				.param("treatedAt", FORM_TIME.format(now().minusHours(1)))
				.param("areas", "NECK")
				.param("intensity", "STRONG"))
			.andExpect(status().isFound())
			.andReturn();
		String after = this.mvc
			.perform(get("/treatments/{id}", id).with(SignedIn.as(this.physio)).flashAttrs(saved.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("data-reprint", "The printed sheet is now out of date");
		assertThat(after.indexOf("data-reprint")).isLessThan(after.indexOf("Print aftercare sheet"));
		assertThat(link(after)).isEqualTo(link);
		assertThat(page("/treatments/" + id)).doesNotContain("data-reprint");
	}

	@Test
	void aLinkOpenedOnceSaysOnceNotOneTimes() throws Exception {
		Long id = logTreatment();
		this.jdbc.update("update patient_link set open_count = 1, last_opened_at = now()");
		assertThat(page("/treatments/" + id)).contains("(once)").doesNotContain("1 times");
		this.jdbc.update("update patient_link set open_count = 3");
		assertThat(page("/treatments/" + id)).contains("(3 times)");
		this.jdbc.update("update patient_link set open_count = 1");
		assertThat(this.mvc
			.perform(get("/treatments/{id}", id).with(SignedIn.as(this.physio)).header("Accept-Language", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("(una vez)");
	}

	@Test
	void eachAcknowledgeButtonHasItsOwnAccessibleName() throws Exception {
		Long id = logTreatment(now().minusHours(4));
		Long clinicId = this.physio.getClinic().getId();
		this.treatments.recordSymptoms(clinicId, id, SymptomSource.PATIENT, Set.of(Symptom.DIZZINESS), null);
		this.jdbc.update("update symptom_report set reported_at = reported_at - interval '2 hours'");
		this.treatments.recordSymptoms(clinicId, id, SymptomSource.PATIENT, Set.of(Symptom.NAUSEA), null);
		String page = page("/treatments/" + id);
		java.util.List<String> labels = java.util.regex.Pattern.compile("aria-label=\"(Acknowledge[^\"]*)\"")
			.matcher(page)
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(labels).hasSize(2).doesNotHaveDuplicates().allMatch((label) -> label.contains("reported"));
	}

	@Test
	void aSideAgreesWithTheAreaInSpanishAndReadsLowerCaseInEnglish() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/patients/{id}/treatments", this.patient.getId()).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("treatedAt", FORM_TIME.format(now()))
				.param("areas", "CHEST_WALL", "CALF")
				.param("side", "LEFT")
				.param("intensity", "LIGHT"))
			.andExpect(status().isFound())
			.andReturn();
		String path = result.getResponse().getRedirectedUrl();
		String spanish = this.mvc.perform(get(path).with(SignedIn.as(this.physio)).header("Accept-Language", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text(spanish)).contains("Pared torácica (izquierda)", "Gemelo (izquierdo)")
			.doesNotContain("(Izquierdo)");
		assertThat(text(page(path))).contains("Chest wall (left)", "Calf (left)");
		assertThat(this.mvc
			.perform(get("/patients/{id}", this.patient.getId()).with(SignedIn.as(this.physio))
				.header("Accept-Language", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Pared torácica (izquierda)");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]+>", "");
	}

	private static String link(String page) {
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("class=\"link-url\"><a href=\"([^\"]+)\"")
			.matcher(page);
		assertThat(link.find()).as("the patient link").isTrue();
		return link.group(1);
	}

	private int activeLinks() {
		return this.jdbc.queryForObject("select count(*) from patient_link where revoked_at is null", Integer.class);
	}

	private int revokedLinks() {
		return this.jdbc.queryForObject("select count(*) from patient_link where revoked_at is not null",
				Integer.class);
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
	}

	private Long logTreatment() throws Exception {
		return logTreatment(now());
	}

	private Long logTreatment(LocalDateTime treatedAt) throws Exception {
		MockHttpServletRequestBuilder request = post("/patients/{id}/treatments", this.patient.getId())
			.with(SignedIn.as(this.physio))
			.with(csrf())
			.param("treatedAt", FORM_TIME.format(treatedAt))
			.param("areas", "NECK")
			.param("intensity", "LIGHT");
		MvcResult result = this.mvc.perform(request).andExpect(status().isFound()).andReturn();
		return Long.valueOf(result.getResponse().getRedirectedUrl().replace("/treatments/", ""));
	}

}
