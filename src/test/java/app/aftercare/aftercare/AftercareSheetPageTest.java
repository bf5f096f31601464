package app.aftercare.aftercare;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.time.LocalDateTime;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import app.aftercare.support.SqlStatements;
import app.aftercare.support.StaticFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import({ Fixtures.class, SheetFixtures.class })
class AftercareSheetPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SheetFixtures sheets;

	@Autowired
	JdbcTemplate jdbc;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithContactDetailsAndAPatient() {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.sheets.withContactDetails(this.physio);
		this.patient = this.sheets.patient(this.physio, "Jane", "Doe-Smithers", "en");
	}

	@Test
	void theSheetShowsTheClinicThePatientsFirstNameThePhysioAndThePlanOfAStrongLowerBackTreatment() throws Exception {
		LocalDateTime treatedAt = this.sheets.now().minusHours(2);
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, treatedAt, "STRONG", "LOWER_BACK");

		String html = sheet(id);

		assertThat(html).contains("Harbour Physio", SheetFixtures.PHONE, SheetFixtures.ADDRESS)
			.contains("Jane", "Admin of Harbour Physio")
			.doesNotContain("Doe-Smithers", "1980", "Private note")
			.contains("Lower back")
			.contains("data-status=\"REST\"")
			.contains("data-milestone=\"LIGHT_ACTIVITY\"", "data-milestone=\"GENTLE_STRETCHING\"",
					"data-milestone=\"ALCOHOL_CAFFEINE\"", "data-milestone=\"LIGHT_EXERCISE\"",
					"data-milestone=\"FULL_TRAINING\"")
			.contains("datetime=\"" + SheetFixtures.iso(treatedAt) + "\"")
			.contains("datetime=\"" + SheetFixtures.iso(treatedAt.plusHours(12)) + "\"")
			.contains("datetime=\"" + SheetFixtures.iso(treatedAt.plusHours(24)) + "\"")
			.contains("Stretch gently before your full workouts.", "Stay hydrated.")
			.contains("Rule set 2026.1")
			.contains("guidance, not medical clearance")
			.doesNotContain("data-safety-net");
		assertThat(milestone(html, "FULL_TRAINING"))
			.contains("datetime=\"" + SheetFixtures.iso(treatedAt.plusHours(48)) + "\"");
		assertThat(html).containsPattern("http://localhost:\\d+/p/")
			.containsPattern("<img [^>]*src=\"data:image/png;base64,");
	}

	@Test
	void theSheetListsTheRedFlagsAndUrgentSignsInPlainWordsWithWhatToDo() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "CALF");

		String text = HtmlText.of(sheet(id));

		assertThat(text)
			.contains("Strong pain where you were treated", "A large bruise", "Dizziness", "Feeling sick (nausea)",
					"Tiredness that does not go away", "Discomfort that does not go away")
			.contains("contact the clinic", "no exercise for 48–72 hours")
			.contains("Shortness of breath, or pain when you breathe in", "Chest pain",
					"Spreading redness, heat, swelling, pus or fever", "New weakness or numbness",
					"Fainting or nearly fainting")
			.contains("seek urgent medical care now; call emergency services");
	}

	@Test
	void aNeckTreatmentCarriesTheSafetyNetAndACalfTreatmentDoesNot() throws Exception {
		Long neck = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "NECK");
		Long calf = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "CALF");

		assertThat(sheet(neck)).contains("data-safety-net")
			.contains("Needling of the neck, near the top of the lungs")
			.contains("Do mild trigger point release exercises");
		assertThat(sheet(calf)).doesNotContain("data-safety-net").doesNotContain("Needling of");
	}

	@Test
	void thePageIsItsOwnDocumentWithAPrintButtonAndNoNavigationOrInlineScriptOrStyle() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "CALF");

		String html = this.mvc.perform(get("/treatments/{id}/aftercare", id).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<link rel=\"stylesheet\" href=\"" + StaticFiles.hashed("/css/sheet.css") + "\"")
			.contains("<script src=\"" + StaticFiles.hashed("/js/print.js") + "\"")
			.containsPattern("<button type=\"button\" id=\"print-sheet\"[^>]*>Print</button>")
			.contains("href=\"/treatments/" + id + "\"", "Back to treatment")
			.doesNotContain("<nav", "Log out", "app.css")
			.doesNotContain("style=", "<style", "onclick");
		assertThat(html.replaceAll("<script src=\"[^\"]*\" defer=\"defer\"></script>", "")).doesNotContain("<script");
	}

	@Test
	void printingIsAudited() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "CALF");

		sheet(id);
		this.mvc.perform(get("/treatments/{id}/aftercare.pdf", id).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk());

		assertThat(this.jdbc
			.queryForObject("select count(*) from audit_event where action = 'PRINT' and record_type = 'Treatment' "
					+ "and record_id = ? and actor_id = ?", Integer.class, id, this.physio.getId()))
			.isEqualTo(2);
	}

	@Test
	void reprintingShowsTheSameLinkUntilItIsReissued() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "CALF");

		String first = link(sheet(id));
		assertThat(link(sheet(id))).isEqualTo(first);

		this.mvc.perform(post("/treatments/{id}/link", id).with(SignedIn.as(this.physio)).with(csrf()))
			.andExpect(status().isFound());

		assertThat(link(sheet(id))).isNotEqualTo(first).matches("http://localhost:\\d+/p/.+");
	}

	@Test
	void aTreatmentWithoutAnActiveLinkSaysSoInsteadOfPrintingOne() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "CALF");
		this.jdbc.update("update patient_link set revoked_at = now()");

		String html = sheet(id);

		assertThat(html).contains("data-patient-link=\"none\"", "no active patient link")
			.doesNotContain("/p/")
			.doesNotContain("data:image/png");
	}

	@Test
	void anotherClinicsStaffGetNotFoundForTheSheetAndThePdf() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "NECK");
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "owner@other.example");

		this.mvc.perform(get("/treatments/{id}/aftercare", id).with(SignedIn.as(other)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Jane"))));
		this.mvc.perform(get("/treatments/{id}/aftercare.pdf", id).with(SignedIn.as(other)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("%PDF"))));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RECORD_NOT_FOUND' and actor_id = ?", Integer.class,
				other.getId()))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'PRINT'", Integer.class))
			.isZero();
	}

	@Test
	void signedOutVisitorsAreSentToTheLoginPage() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "NECK");

		this.mvc.perform(get("/treatments/{id}/aftercare", id)).andExpect(status().isFound());
		this.mvc.perform(get("/treatments/{id}/aftercare.pdf", id)).andExpect(status().isFound());
	}

	@Test
	void aFirstNameTypedAsHtmlIsShownAsText() throws Exception {
		Patient sneaky = this.sheets.patient(this.physio, "<img src=x onerror=alert(1)>", "Doe", "en");
		Long id = this.sheets.logTreatment(this.mvc, this.physio, sneaky, this.sheets.now(), "LIGHT", "CALF");

		assertThat(sheet(id)).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void theSheetNeedsTheSameNumberOfQueriesWithOneOrManySymptomReports() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "NECK");
		report(id, "NAUSEA");
		int few = queriesFor(id);
		for (int i = 0; i < 12; i++) {
			report(id, "DIZZINESS");
		}
		int many = queriesFor(id);

		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(10);
	}

	private void report(Long id, String symptom) throws Exception {
		this.mvc
			.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("symptoms", symptom))
			.andExpect(status().isFound());
	}

	private int queriesFor(Long id) throws Exception {
		SqlStatements.reset();
		sheet(id);
		return SqlStatements.count();
	}

	private String sheet(Long id) throws Exception {
		return this.mvc.perform(get("/treatments/{id}/aftercare", id).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String link(String html) {
		Matcher link = Pattern.compile("http://localhost:\\d+/p/[^\"<]+").matcher(html);
		assertThat(link.find()).as("a patient link on the sheet").isTrue();
		return link.group();
	}

	private static String milestone(String html, String code) {
		int start = html.indexOf("data-milestone=\"" + code + "\"");
		return html.substring(start, html.indexOf("</li>", start));
	}

}
