package app.aftercare.treatment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import app.aftercare.web.Times;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan says the same thing everywhere: the live preview is the treatment page's own
 * fragment, milestones of the same minute share one row, and the chest safety net names
 * the treated area.
 */
@IntegrationTest
@Import(Fixtures.class)
class PlanOnThePagesTest {

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

	StaffMember physio;

	Patient patient;

	LocalDateTime treatedAt;

	@BeforeEach
	void aClinicWithAPatient() {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
		this.treatedAt = LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
	}

	@Test
	void theLivePreviewIsThePlanFragmentOfTheSavedTreatmentPage() throws Exception {
		String preview = body(this.mvc.perform(
				form("/preview", "NECK", "LOWER_BACK").param("intensity", "STRONG").param("symptoms", "DIZZINESS")));
		assertThat(this.jdbc.queryForObject("select count(*) from treatment", Integer.class)).isZero();

		String location = this.mvc
			.perform(form("", "NECK", "LOWER_BACK").param("intensity", "STRONG").param("symptoms", "DIZZINESS"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = body(this.mvc.perform(get(location).with(SignedIn.as(this.physio))));

		assertThat(between(preview, "<ol class=\"timeline\">", "</ol>\n"))
			.isEqualTo(between(page, "<ol class=\"timeline\">", "</ol>\n"))
			.contains("Until", "From");
		assertThat(between(preview, "<aside class=\"safety-net\"", "</aside>"))
			.isEqualTo(between(page, "<aside class=\"safety-net\"", "</aside>"))
			.contains("If you become short of breath");
		assertThat(between(preview, "<ul class=\"advice\">", "</ul>"))
			.isEqualTo(between(page, "<ul class=\"advice\">", "</ul>"));
	}

	@Test
	void aPreviewWithAreasButNoIntensityAsksForTheIntensity() throws Exception {
		String preview = body(this.mvc.perform(form("/preview", "NECK", "LOWER_BACK")));

		assertThat(preview).contains("data-field=\"intensity\"", "Choose the intensity.")
			.doesNotContain("data-field=\"areas\"")
			.doesNotContain("data-milestone");
	}

	@Test
	void thePreviewOfAnotherClinicsPatientIsNotFound() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "owner@other.example");
		this.mvc
			.perform(post("/patients/{id}/treatments/preview", this.patient.getId()).with(SignedIn.as(other))
				.with(csrf())
				.param("treatedAt", FORM_TIME.format(this.treatedAt))
				.param("areas", "NECK")
				.param("intensity", "LIGHT"))
			.andExpect(status().isNotFound());
	}

	@Test
	void lightExerciseAndFullTrainingOfTheSameMinuteShareOneRowOnThePageTheSheetAndThePatientPage() throws Exception {
		Long id = save("NECK");
		String fortyEight = "<time datetime=\"" + iso(this.treatedAt.plusHours(48)) + "\"";

		String page = body(this.mvc.perform(get("/treatments/{id}", id).with(SignedIn.as(this.physio))));
		String sheet = body(this.mvc.perform(get("/treatments/{id}/aftercare", id).with(SignedIn.as(this.physio))));
		String link = page.substring(page.indexOf("/p/", page.indexOf("class=\"link-url\"")));
		String patientPage = body(this.mvc.perform(get(link.substring(0, link.indexOf('"')))));

		for (String html : new String[] { page, sheet, patientPage }) {
			String timeline = between(html, "<ol class=\"timeline\">", "</ol>");
			assertThat(timeline.split(java.util.regex.Pattern.quote(fortyEight), -1))
				.as("the shared time is written once")
				.hasSize(2);
			assertThat(timeline).containsPattern("data-milestone=\"LIGHT_EXERCISE\"[^>]*>\\s*"
					+ "<strong>Light exercise and full training</strong>\\s*"
					+ "<span class=\"when\" data-milestone=\"FULL_TRAINING\">\\s*<span>From</span>\\s*"
					+ java.util.regex.Pattern.quote(fortyEight));
		}
	}

	@Test
	void theSafetyNetNamesTheTreatedChestRiskAreas() throws Exception {
		Long neck = save("NECK");
		Long neckAndChest = save("NECK", "CHEST_WALL", "CALF");

		assertThat(body(this.mvc.perform(get("/treatments/{id}/aftercare", neck).with(SignedIn.as(this.physio)))))
			.contains("Needling of the neck, near the top of the lungs: for the next 48 hours")
			.doesNotContain("near the chest");
		assertThat(body(this.mvc.perform(get("/treatments/{id}", neckAndChest).with(SignedIn.as(this.physio)))))
			.contains("Needling of the neck and the chest wall, near the lungs: for the next 48 hours");
	}

	private Long save(String... areas) throws Exception {
		String location = this.mvc.perform(form("", areas).param("intensity", "LIGHT").param("symptoms", "DIZZINESS"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.replace("/treatments/", ""));
	}

	private MockHttpServletRequestBuilder form(String suffix, String... areas) {
		return post("/patients/{id}/treatments" + suffix, this.patient.getId()).with(SignedIn.as(this.physio))
			.with(csrf())
			.param("treatedAt", FORM_TIME.format(this.treatedAt))
			.param("areas", areas);
	}

	private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	private static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as("%s in the page", start).isNotNegative();
		return html.substring(from, html.indexOf(end, from) + end.length());
	}

	private static String iso(LocalDateTime local) {
		return Times.ISO_WITH_OFFSET.format(local.atZone(LONDON));
	}

}
