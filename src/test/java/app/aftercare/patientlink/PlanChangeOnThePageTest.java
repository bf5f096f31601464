package app.aftercare.patientlink;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a check-in or a review the patient page says what moved and why, and shows the
 * physiotherapist's note for the patient, never the clinic's review note.
 */
@IntegrationTest
@Import(Fixtures.class)
class PlanChangeOnThePageTest {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	PatientSide side;

	StaffMember physio;

	LocalDateTime treatedAt;

	Long treatmentId;

	String token;

	@BeforeEach
	void aNeckTreatment() throws Exception {
		this.side = new PatientSide(this.mvc, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Patient patient = this.fixtures.patient(this.physio, "Jane", "Doe");
		this.treatedAt = this.side.now();
		this.treatmentId = this.side.logTreatment(this.physio, patient, this.treatedAt, "NECK", "LIGHT");
		this.token = this.side.tokenOf(this.physio, this.treatmentId);
	}

	@Test
	void aFreshPlanSaysNothingChanged() throws Exception {
		assertThat(this.side.page(this.token)).doesNotContain("data-plan-change");
	}

	@Test
	void afterReportingDizzinessThePageSaysWhatMovedAndWhy() throws Exception {
		this.side.checkIn(this.token, "symptoms", "DIZZINESS").andExpect(status().isFound());

		assertThat(this.side.page(this.token)).contains("data-plan-change")
			.contains("Because you reported dizziness:")
			.contains("Light exercise and full training moved to " + SHORT.format(this.treatedAt.plusHours(48)) + ".");
	}

	@Test
	void afterAReviewThePageShowsTheNoteForThePatientButNotTheReviewNote() throws Exception {
		this.side.checkIn(this.token, "symptoms", "DIZZINESS").andExpect(status().isFound());
		this.mvc
			.perform(post("/treatments/{id}/review", this.treatmentId).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("extendedMilestone", "FULL_TRAINING")
				.param("extendedTo", FORM_TIME.format(this.treatedAt.plusHours(96)))
				.param("note", "Worried about her blood pressure")
				.param("patientNote", "Rest your neck until Friday, Jane."))
			.andExpect(status().isFound());

		assertThat(this.side.page(this.token)).contains("After your physiotherapist’s review:")
			.contains("Full training moved to " + SHORT.format(this.treatedAt.plusHours(96)) + ".")
			.doesNotContain("Light exercise and full training moved")
			.contains("Rest your neck until Friday, Jane.")
			.doesNotContain("blood pressure");
	}

}
