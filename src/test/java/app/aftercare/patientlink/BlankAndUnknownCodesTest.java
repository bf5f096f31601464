package app.aftercare.patientlink;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.time.Clock;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9 finding 2 (QUALITY 26): a blank, whitespace or far-off value is a field error
 * on every form that takes codes or times, the database refuses a blank list of areas,
 * and a stored code the app does not know never makes a page unreadable.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@Import(Fixtures.class)
class BlankAndUnknownCodesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	PatientSide side;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithAPatient() {
		this.side = new PatientSide(this.mvc, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
	}

	@Test
	void blankCodesAreFieldErrorsOnEveryForm() throws Exception {
		for (String blank : new String[] { " ", "\t", "" }) {
			for (boolean preview : new boolean[] { false, true }) {
				this.mvc.perform(treatment(preview).param("areas", blank))
					.andExpect(status().isOk())
					.andExpect(model().attributeHasFieldErrors("treatmentForm", "areas"));
				this.mvc.perform(treatment(preview).param("areas", "NECK", blank))
					.andExpect(status().isOk())
					.andExpect(model().attributeHasFieldErrorCode("treatmentForm", "areas", "EveryCodeKnown"));
				this.mvc.perform(treatment(preview).param("areas", "NECK").param("symptoms", "NAUSEA", blank))
					.andExpect(status().isOk())
					.andExpect(model().attributeHasFieldErrorCode("treatmentForm", "symptoms", "EveryCodeKnown"));
			}
		}
		assertThat(this.jdbc.queryForObject("select count(*) from treatment", Integer.class)).isZero();

		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		this.mvc
			.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("symptoms", "NAUSEA", " "))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("org.springframework.validation.BindingResult.symptomsForm"));
		String token = this.side.tokenOf(this.physio, id);
		this.side.checkIn(token, "symptoms", "NAUSEA", "symptoms", " ")
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("checkInForm", "symptoms", "EveryCodeKnown"));
		assertThat(this.jdbc.queryForObject("select count(*) from symptom_report", Integer.class)).isZero();
	}

	@Test
	void aYearBeyondFourDigitsIsAFieldError() throws Exception {
		for (boolean preview : new boolean[] { false, true }) {
			this.mvc.perform(treatment(preview, "+999999999-01-01T10:00").param("areas", "NECK"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("treatmentForm", "treatedAt"));
		}
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		this.mvc
			.perform(post("/treatments/{id}/review", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("clearedFrom", "+999999999-01-01T10:00")
				.param("extendedMilestone", "LIGHT_ACTIVITY")
				.param("extendedTo", "-999999999-01-01T10:00")
				.param("note", "far off"))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("org.springframework.validation.BindingResult.reviewForm"));
		assertThat(this.jdbc.queryForObject("select count(*) from review", Integer.class)).isZero();
	}

	@Test
	void theDatabaseRefusesABlankListOfAreas() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		this.side.checkIn(this.side.tokenOf(this.physio, id), "soreness", "3").andExpect(status().isFound());
		for (String blank : new String[] { "", " ", "NECK,", ",NECK", "NECK, LOWER_BACK" }) {
			assertThatExceptionOfType(DataIntegrityViolationException.class).as(blank)
				.isThrownBy(() -> this.jdbc.update("update treatment set areas = ? where id = ?", blank, id));
		}
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update symptom_report set symptoms = ' '"))
			.withMessageContaining("symptom_report_symptoms_well_formed");
	}

	@Test
	void storedCodesTheAppDoesNotKnowAreLeftOutAndReportedOnce(CapturedOutput output) throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		this.side.checkIn(token, "symptoms", "NAUSEA").andExpect(status().isFound());
		this.jdbc.update("update treatment set areas = 'NECK:LEFT,NO_SUCH_AREA,CALF:SIDEWAYS' where id = ?", id);
		this.jdbc.update("update symptom_report set symptoms = 'NAUSEA,NO_SUCH_SYMPTOM'");

		assertThat(this.side.treatmentPage(this.physio, id)).contains("Jane");
		this.side.dashboard(this.physio);
		this.mvc.perform(get("/patients/{id}", this.patient.getId()).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/treatments/{id}/edit", id).with(SignedIn.as(this.physio))).andExpect(status().isOk());
		this.side.page(token);

		String log = output.getAll();
		assertThat(log).contains("Stored areas 'NECK:LEFT,NO_SUCH_AREA,CALF:SIDEWAYS' hold a blank or unknown code")
			.contains("Stored symptoms 'NAUSEA,NO_SUCH_SYMPTOM' hold a blank or unknown code")
			.doesNotContain(token);
		assertThat(log.split("Stored areas 'NECK:LEFT,NO_SUCH_AREA", -1)).hasSize(2);
	}

	@Test
	void aTreatmentWhoseAreasAreAllUnknownStillHasTheMostCautiousPlanAndStaffAreToldSo() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "FOREARM_HAND", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		this.jdbc.update("update treatment set areas = 'NO_SUCH_AREA' where id = ?", id);

		String page = this.side.treatmentPage(this.physio, id);
		assertThat(page).contains("data-areas-unreadable").contains("data-safety-net");
		// a light forearm treatment allows full training with light exercise; the
		// stand-in waits 48 h
		assertThat(milestone(page, "FULL_TRAINING")).isNotEqualTo(milestone(page, "LIGHT_EXERCISE"));
		assertThat(this.side.page(token)).contains("data-safety-net").doesNotContain("data-areas-unreadable");
		this.mvc.perform(get("/treatments/{id}/aftercare", id).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/treatments/{id}/edit", id).with(SignedIn.as(this.physio))).andExpect(status().isOk());
	}

	private static String milestone(String page, String code) {
		Matcher matcher = Pattern
			.compile("data-milestone=\"" + code + "\"[^>]*>(?:(?!data-milestone).)*?<time datetime=\"([^\"]+)\"",
					Pattern.DOTALL)
			.matcher(page);
		assertThat(matcher.find()).as(code).isTrue();
		return matcher.group(1);
	}

	private MockHttpServletRequestBuilder treatment(boolean preview) {
		return treatment(preview, this.side.now().toString());
	}

	private MockHttpServletRequestBuilder treatment(boolean preview, String treatedAt) {
		MockHttpServletRequestBuilder request = post("/patients/{id}/treatments", this.patient.getId())
			.with(SignedIn.as(this.physio))
			.with(csrf())
			.param("treatedAt", treatedAt)
			.param("intensity", "LIGHT");
		return preview ? request.param("preview", "") : request;
	}

}
