package app.aftercare.treatment;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import app.aftercare.support.SqlStatements;
import app.aftercare.web.Times;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class TreatmentPagesTest {

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

	@BeforeEach
	void aClinicWithAPatient() {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
	}

	@Test
	void aStrongLowerBackTreatmentIsSavedAndItsPageShowsThePlanOfRuleR3() throws Exception {
		LocalDateTime treatedAt = LocalDateTime.ofInstant(this.clock.instant(), LONDON)
			.truncatedTo(ChronoUnit.MINUTES)
			.minusHours(2);
		MvcResult saved = this.mvc
			.perform(validTreatment(treatedAt).param("areas", "LOWER_BACK").param("intensity", "STRONG"))
			.andExpect(status().isFound())
			.andReturn();
		String location = saved.getResponse().getRedirectedUrl();
		assertThat(location).matches("/treatments/\\d+");

		String fullTraining = iso(treatedAt.plusHours(48));
		String lightExercise = iso(treatedAt.plusHours(24));
		this.mvc.perform(get(location).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"REST\"")))
			.andExpect(content().string(containsString("data-milestone=\"FULL_TRAINING\"")))
			.andExpect(content().string(containsString("datetime=\"" + fullTraining + "\"")))
			.andExpect(content().string(containsString("datetime=\"" + lightExercise + "\"")))
			.andExpect(content().string(containsString("(R3)")))
			.andExpect(content().string(containsString("Revoke and reissue link")))
			.andExpect(content().string(containsString("/p/")));
		assertThat(this.jdbc.queryForObject("select rule_set from treatment", String.class)).isEqualTo("2026.1");
		assertThat(
				this.jdbc.queryForObject("select count(*) from patient_link where revoked_at is null", Integer.class))
			.isOne();
	}

	@Test
	void thePatientPageNamesTheTreatedAreasInThePagesLanguage() throws Exception {
		logTreatment("LOWER_BACK", "STRONG");

		this.mvc
			.perform(get("/patients/{id}", this.patient.getId()).with(SignedIn.as(this.physio))
				.header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Zona lumbar</span>")))
			.andExpect(content().string(not(containsString("Lower back"))));
	}

	@Test
	void aDoubleSubmittedFormCreatesOneTreatmentAndBothAnswersLeadToIt() throws Exception {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
		MockHttpSession session = new MockHttpSession();
		String key = UUID.randomUUID().toString();
		String first = this.mvc
			.perform(validTreatment(now).session(session)
				.param("submission", key)
				.param("areas", "NECK")
				.param("intensity", "LIGHT"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = this.mvc
			.perform(validTreatment(now).session(session)
				.param("submission", key)
				.param("areas", "NECK")
				.param("intensity", "LIGHT"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first).startsWith("/treatments/");
		assertThat(this.jdbc.queryForObject("select count(*) from treatment", Integer.class)).isOne();
	}

	@Test
	void theServerSidePreviewShowsThePlanWithoutSaving() throws Exception {
		LocalDateTime treatedAt = LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
		this.mvc
			.perform(validTreatment(treatedAt).param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("symptoms", "DIZZINESS")
				.param("preview", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("datetime=\"" + iso(treatedAt.plusHours(48)) + "\"")))
			.andExpect(content().string(containsString("data-safety-net")));
		assertThat(this.jdbc.queryForObject("select count(*) from treatment", Integer.class)).isZero();
	}

	@Test
	void eachBadFieldGetsAMessageAndNothingIsSaved() throws Exception {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
		this.mvc.perform(validTreatment(now).param("intensity", "LIGHT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "areas"))
			.andExpect(content().string(containsString("Choose at least one area.")));
		this.mvc.perform(validTreatment(now).param("areas", "NECK"))
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "intensity"));
		this.mvc.perform(validTreatment(now.plusHours(2)).param("areas", "NECK").param("intensity", "LIGHT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("more than an hour in the future")));
		this.mvc.perform(validTreatment(now.minusDays(31)).param("areas", "NECK").param("intensity", "LIGHT"))
			.andExpect(content().string(containsString("more than 30 days ago")));
		this.mvc
			.perform(validTreatment(now).param("areas", "NECK").param("intensity", "LIGHT").param("needleCount", "201"))
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "needleCount"));
		this.mvc
			.perform(validTreatment(now).param("areas", "NECK").param("intensity", "LIGHT").param("needleCount", "0"))
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "needleCount"));
		this.mvc.perform(
				validTreatment(now).param("areas", "NECK").param("intensity", "LIGHT").param("notes", "x".repeat(4001)))
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "notes"));
		this.mvc.perform(validTreatment(now).param("areas", "ELBOW").param("intensity", "HUGE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "areas", "intensity"));
		this.mvc
			.perform(post("/patients/{id}/treatments", this.patient.getId()).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("treatedAt", "yesterday-ish")
				.param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("needleCount", "many"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "treatedAt", "needleCount"))
			.andExpect(content().string(not(containsString("Failed to convert"))));
		assertThat(this.jdbc.queryForObject("select count(*) from treatment", Integer.class)).isZero();
	}

	@Test
	void aStaleEditGetsTheConflictPageAndTheOtherChangeIsKept() throws Exception {
		Long id = logTreatment("NECK", "LIGHT");
		LocalDateTime treatedAt = LocalDateTime.ofInstant(this.clock.instant(), LONDON)
			.truncatedTo(ChronoUnit.MINUTES)
			.minusHours(1);
		this.mvc
			.perform(edit(id, 0, treatedAt).param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("notes", "First editor's note"))
			.andExpect(status().isFound());
		this.mvc
			.perform(edit(id, 0, treatedAt).param("areas", "NECK")
				.param("intensity", "STRONG")
				.param("notes", "Second editor's note"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("data-stale-edit")))
			.andExpect(content().string(containsString("First editor&#39;s note")));
		assertThat(this.jdbc.queryForObject("select notes from treatment", String.class))
			.isEqualTo("First editor's note");
		assertThat(this.jdbc.queryForObject("select intensity from treatment", String.class)).isEqualTo("LIGHT");
	}

	@Test
	void anotherClinicsTreatmentIsNotFoundEverywhereAndTheAttemptIsAudited() throws Exception {
		Long id = logTreatment("NECK", "LIGHT");
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "owner@other.example");
		Patient otherPatient = this.fixtures.patient(other, "Olga", "Other");
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);

		this.mvc.perform(get("/treatments/{id}", id).with(SignedIn.as(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/treatments/{id}/edit", id).with(SignedIn.as(other))).andExpect(status().isNotFound());
		this.mvc.perform(edit(id, 0, now).with(SignedIn.as(other)).param("areas", "CALF").param("intensity", "STRONG"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(other))
				.with(csrf())
				.param("symptoms", "DIZZINESS"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/treatments/{id}/review", id).with(SignedIn.as(other))
				.with(csrf())
				.param("clearRedFlags", "true")
				.param("clearedFrom", FORM_TIME.format(now))
				.param("note", "not mine"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/treatments/{id}/link", id).with(SignedIn.as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/patients/{id}/treatments/new", this.patient.getId()).with(SignedIn.as(other)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/patients/{id}/treatments", this.patient.getId()).with(SignedIn.as(other))
				.with(csrf())
				.param("treatedAt", FORM_TIME.format(now))
				.param("areas", "NECK")
				.param("intensity", "LIGHT"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/patients/{id}/treatments", otherPatient.getId()).with(SignedIn.as(other))
				.with(csrf())
				.param("treatedAt", FORM_TIME.format(now))
				.param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("patientId", this.patient.getId().toString())
				.param("clinicId", this.physio.getClinic().getId().toString()))
			.andExpect(status().isFound());

		assertThat(this.jdbc.queryForObject("select count(*) from treatment where patient_id = ?", Integer.class,
				this.patient.getId()))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from symptom_report", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from review", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RECORD_NOT_FOUND' and actor_id = ?", Integer.class,
				other.getId()))
			.isGreaterThanOrEqualTo(6);
	}

	@Test
	void aReportUnderAnotherTreatmentCannotBeAcknowledgedThroughThisOne() throws Exception {
		Long first = logTreatment("NECK", "LIGHT");
		Long second = logTreatment("CALF", "LIGHT");
		this.mvc
			.perform(post("/treatments/{id}/symptoms", second).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("symptoms", "NAUSEA"))
			.andExpect(status().isFound());
		Long reportId = this.jdbc.queryForObject("select id from symptom_report", Long.class);
		this.mvc
			.perform(
					post("/treatments/{id}/alerts/{report}/acknowledge", first, reportId).with(SignedIn.as(this.physio))
						.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aReviewClearsThePatientAndAReviewWithoutANoteIsRefused() throws Exception {
		Long id = logTreatment("NECK", "LIGHT");
		this.mvc
			.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("symptoms", "DIZZINESS", "NAUSEA"))
			.andExpect(status().isFound());
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
		this.mvc
			.perform(post("/treatments/{id}/review", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("clearRedFlags", "true")
				.param("clearedFrom", FORM_TIME.format(now)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from review", Integer.class)).isZero();

		this.mvc
			.perform(post("/treatments/{id}/review", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("clearRedFlags", "true")
				.param("clearedFrom", FORM_TIME.format(now))
				.param("note", "Seen in clinic, all fine"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from review", Integer.class)).isOne();
		this.mvc.perform(get("/treatments/{id}", id).with(SignedIn.as(this.physio)))
			.andExpect(content().string(containsString("Seen in clinic, all fine")))
			.andExpect(content().string(containsString("(R9)")));
	}

	@Test
	void reissuingTheLinkRevokesOnlyThatTreatmentsLink() throws Exception {
		Long first = logTreatment("NECK", "LIGHT");
		Long second = logTreatment("CALF", "LIGHT");
		String firstBefore = linkOf(first);
		String secondBefore = linkOf(second);
		assertThat(linkOf(first)).isEqualTo(firstBefore);

		this.mvc.perform(post("/treatments/{id}/link", first).with(SignedIn.as(this.physio)).with(csrf()))
			.andExpect(status().isFound());

		assertThat(linkOf(first)).isNotEqualTo(firstBefore).contains("/p/");
		assertThat(linkOf(second)).isEqualTo(secondBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from patient_link where revoked_at is not null",
				Integer.class))
			.isOne();
	}

	@Test
	void symptomsRecordedForATreatmentLoggedAheadOfTimeCountFromTheTreatment() throws Exception {
		LocalDateTime soon = LocalDateTime.ofInstant(this.clock.instant(), LONDON)
			.truncatedTo(ChronoUnit.MINUTES)
			.plusMinutes(50);
		MvcResult saved = this.mvc.perform(validTreatment(soon).param("areas", "NECK").param("intensity", "LIGHT"))
			.andExpect(status().isFound())
			.andReturn();
		String location = saved.getResponse().getRedirectedUrl();
		this.mvc.perform(
				post(location + "/symptoms").with(SignedIn.as(this.physio)).with(csrf()).param("symptoms", "DIZZINESS"))
			.andExpect(status().isFound());
		this.mvc.perform(get(location).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("datetime=\"" + iso(soon.plusHours(48)) + "\"")));
	}

	@Test
	void notesTypedAsHtmlAreShownAsText() throws Exception {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
		MvcResult saved = this.mvc
			.perform(validTreatment(now).param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("notes", "<img src=x onerror=alert(1)>"))
			.andReturn();
		this.mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(SignedIn.as(this.physio)))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));
	}

	@Test
	void theTreatmentPageNeedsTheSameNumberOfQueriesWithOneOrManyReports() throws Exception {
		Long id = logTreatment("NECK", "LIGHT");
		this.mvc
			.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("soreness", "3"))
			.andExpect(status().isFound());
		int few = queriesFor(get("/treatments/{id}", id));
		for (int i = 0; i < 12; i++) {
			this.mvc.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("symptoms", "NAUSEA"));
		}
		int many = queriesFor(get("/treatments/{id}", id));
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(10);
	}

	private int queriesFor(MockHttpServletRequestBuilder request) throws Exception {
		SqlStatements.reset();
		this.mvc.perform(request.with(SignedIn.as(this.physio))).andExpect(status().isOk());
		return SqlStatements.count();
	}

	private String linkOf(Long treatmentId) throws Exception {
		String page = this.mvc.perform(get("/treatments/{id}", treatmentId).with(SignedIn.as(this.physio)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("http://localhost:\\d+/p/[^\"<]+").matcher(page);
		assertThat(link.find()).as("a patient link on the treatment page").isTrue();
		return link.group();
	}

	private Long logTreatment(String area, String intensity) throws Exception {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
		MvcResult result = this.mvc.perform(validTreatment(now).param("areas", area).param("intensity", intensity))
			.andExpect(status().isFound())
			.andReturn();
		return Long.valueOf(result.getResponse().getRedirectedUrl().replace("/treatments/", ""));
	}

	private MockHttpServletRequestBuilder validTreatment(LocalDateTime treatedAt) {
		return post("/patients/{id}/treatments", this.patient.getId()).with(SignedIn.as(this.physio))
			.with(csrf())
			.param("treatedAt", FORM_TIME.format(treatedAt));
	}

	private MockHttpServletRequestBuilder edit(Long id, long version, LocalDateTime treatedAt) {
		return post("/treatments/{id}", id).with(SignedIn.as(this.physio))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("treatedAt", FORM_TIME.format(treatedAt));
	}

	private static String iso(LocalDateTime local) {
		return Times.ISO_WITH_OFFSET.format(local.atZone(LONDON));
	}

}
