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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review form (SPEC "Review form"): clearing red flags is a choice of its own, a
 * review that only extends clears nothing, and the treatment page says which reports a
 * review cleared.
 */
@IntegrationTest
@Import(Fixtures.class)
class ReviewPagesTest {

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

	Long treatmentId;

	@BeforeEach
	void aNeckTreatmentWithDizzinessSeenInClinic() throws Exception {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
		this.treatedAt = LocalDateTime.ofInstant(this.clock.instant(), LONDON)
			.truncatedTo(ChronoUnit.MINUTES)
			.minusHours(1);
		MvcResult saved = this.mvc
			.perform(post("/patients/{id}/treatments", this.patient.getId()).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("treatedAt", FORM_TIME.format(this.treatedAt))
				.param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("symptoms", "DIZZINESS"))
			.andExpect(status().isFound())
			.andReturn();
		this.treatmentId = Long.valueOf(saved.getResponse().getRedirectedUrl().replace("/treatments/", ""));
	}

	@Test
	void theReviewFormOffersClearingAsABoxThatIsNotTicked() throws Exception {
		this.mvc.perform(get("/treatments/{id}", this.treatmentId).with(SignedIn.as(this.physio)))
			.andExpect(content().string(containsString("Clear red flags from")))
			.andExpect(content().string(containsString("id=\"clearRedFlags1\" name=\"clearRedFlags\" value=\"true\">")))
			.andExpect(content().string(containsString("Note for the patient")));
	}

	@Test
	void aReviewThatOnlyExtendsFullTrainingLeavesTheRedFlagSeenInClinicAsItWas() throws Exception {
		this.mvc
			.perform(review().param("clearedFrom", FORM_TIME.format(this.treatedAt.plusHours(1)))
				.param("extendedMilestone", "FULL_TRAINING")
				.param("extendedTo", FORM_TIME.format(this.treatedAt.plusHours(96)))
				.param("note", "Wait for Friday"))
			.andExpect(status().isFound());

		assertThat(this.jdbc.queryForObject("select cleared_from from review", java.sql.Timestamp.class)).isNull();
		this.mvc.perform(get("/treatments/{id}", this.treatmentId).with(SignedIn.as(this.physio)))
			.andExpect(content().string(containsString("datetime=\"" + iso(this.treatedAt.plusHours(48)) + "\"")))
			.andExpect(content().string(containsString("datetime=\"" + iso(this.treatedAt.plusHours(96)) + "\"")))
			.andExpect(content().string(containsString("data-review-clears=\"false\"")))
			.andExpect(content().string(containsString("Cleared nothing.")))
			.andExpect(content().string(not(containsString("data-cleared"))));
	}

	@Test
	void aClearingReviewLiftsTheRedFlagAndThePageNamesTheReportItCleared() throws Exception {
		this.mvc
			.perform(review().param("clearRedFlags", "true")
				.param("clearedFrom", FORM_TIME.format(this.treatedAt.plusHours(1)))
				.param("note", "Dizziness passed"))
			.andExpect(status().isFound());

		Long reportId = this.jdbc.queryForObject("select id from symptom_report", Long.class);
		this.mvc.perform(get("/treatments/{id}", this.treatmentId).with(SignedIn.as(this.physio)))
			.andExpect(content().string(containsString("datetime=\"" + iso(this.treatedAt.plusHours(24)) + "\"")))
			.andExpect(content().string(containsString("data-cleared-report=\"" + reportId + "\"")))
			.andExpect(content().string(containsString("Cleared by review")));
	}

	@Test
	void aReviewThatDecidesNothingIsAFieldErrorOnTheClearingBox() throws Exception {
		MvcResult result = this.mvc
			.perform(review().param("clearedFrom", FORM_TIME.format(this.treatedAt.plusHours(1))).param("note", "Seen"))
			.andExpect(status().isFound())
			.andReturn();

		assertThat(errors(result).getFieldError("clearRedFlags").getCode()).isEqualTo("review.nothing");
		assertThat(this.jdbc.queryForObject("select count(*) from review", Integer.class)).isZero();
	}

	@Test
	void clearingWithoutATimeIsAFieldErrorOnTheTime() throws Exception {
		MvcResult result = this.mvc.perform(review().param("clearRedFlags", "true").param("note", "Seen"))
			.andExpect(status().isFound())
			.andReturn();

		assertThat(errors(result).getFieldError("clearedFrom").getCode()).isEqualTo("review.clearedFrom.required");
		assertThat(this.jdbc.queryForObject("select count(*) from review", Integer.class)).isZero();
	}

	private MockHttpServletRequestBuilder review() {
		return post("/treatments/{id}/review", this.treatmentId).with(SignedIn.as(this.physio)).with(csrf());
	}

	private static BindingResult errors(MvcResult result) {
		return (BindingResult) result.getFlashMap().get("org.springframework.validation.BindingResult.reviewForm");
	}

	private static String iso(LocalDateTime local) {
		return Times.ISO_WITH_OFFSET.format(local.atZone(LONDON));
	}

}
