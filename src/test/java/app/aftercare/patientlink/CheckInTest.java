package app.aftercare.patientlink;

import java.time.Clock;
import java.time.LocalDateTime;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class CheckInTest {

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
	void dizzinessAndNauseaFromThePatientMoveTrainingTo72HoursAndAlertTheClinic() throws Exception {
		LocalDateTime treatedAt = this.side.now();
		Long id = this.side.logTreatment(this.physio, this.patient, treatedAt, "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		assertThat(this.side.page(token)).contains("datetime=\"" + PatientSide.isoHoursAfter(treatedAt, 24) + "\"");

		MvcResult sent = this.side.checkIn(token, "symptoms", "DIZZINESS", "symptoms", "NAUSEA")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/p/" + token + "?checked-in=alerted"))
			.andReturn();

		String page = this.mvc.perform(get(sent.getResponse().getRedirectedUrl()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String seventyTwo = "datetime=\"" + PatientSide.isoHoursAfter(treatedAt, 72) + "\"";
		assertThat(PatientPageTest.milestoneItem(page, "FULL_TRAINING")).contains(seventyTwo);
		assertThat(PatientPageTest.milestoneItem(page, "LIGHT_EXERCISE")).contains(seventyTwo);
		assertThat(page).contains("data-checked-in")
			.contains("Harbour Physio has been told and may contact you.")
			.contains("data-status=\"REST\"");
		assertThat(this.jdbc.queryForObject(
				"select source || ' ' || alert_level from symptom_report where treatment_id = ?", String.class, id))
			.isEqualTo("PATIENT RED_FLAG");

		String dashboard = this.side.dashboard(this.physio);
		assertThat(dashboard).contains("data-alert=\"RED_FLAG\"")
			.contains("Jane Doe")
			.contains("Dizziness")
			.contains("Nausea");
		assertThat(this.side.treatmentPage(this.physio, id)).contains("Reported by the patient")
			.contains("data-alert=\"RED_FLAG\"")
			.contains(">Acknowledge<");
	}

	@Test
	void breathingDifficultyRaisesAnUrgentAlertListedFirstOnTheDashboard() throws Exception {
		Patient other = this.fixtures.patient(this.physio, "Olga", "Other");
		Long first = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		Long second = this.side.logTreatment(this.physio, other, this.side.now(), "SHOULDER_BLADE", "MODERATE");
		this.side.checkIn(this.side.tokenOf(this.physio, first), "symptoms", "DIZZINESS").andExpect(status().isFound());

		this.side.checkIn(this.side.tokenOf(this.physio, second), "symptoms", "BREATHING_DIFFICULTY")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/p/" + this.side.tokenOf(this.physio, second) + "?checked-in=urgent"));

		String dashboard = this.side.dashboard(this.physio);
		int urgent = dashboard.indexOf("data-alert=\"URGENT\"");
		int redFlag = dashboard.indexOf("data-alert=\"RED_FLAG\"");
		assertThat(urgent).isPositive().isLessThan(redFlag);
		assertThat(dashboard.substring(urgent, redFlag)).contains("Olga Other");
	}

	@Test
	void aSorenessOfSevenCountsAsSignificantPain() throws Exception {
		LocalDateTime treatedAt = this.side.now();
		Long id = this.side.logTreatment(this.physio, this.patient, treatedAt, "FOREARM_HAND", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);

		this.side.checkIn(token, "soreness", "7").andExpect(status().isFound());

		assertThat(PatientPageTest.milestoneItem(this.side.page(token), "FULL_TRAINING"))
			.contains("datetime=\"" + PatientSide.isoHoursAfter(treatedAt, 48) + "\"");
		assertThat(this.jdbc.queryForObject("select alert_level from symptom_report", String.class))
			.isEqualTo("RED_FLAG");
	}

	@Test
	void feelingFineIsACheckInThatChangesNothingAndAlertsNobody() throws Exception {
		LocalDateTime treatedAt = this.side.now();
		Long id = this.side.logTreatment(this.physio, this.patient, treatedAt, "FOREARM_HAND", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);

		this.side.checkIn(token, "feelFine", "true", "soreness", "2")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/p/" + token + "?checked-in=sent"));

		assertThat(this.jdbc.queryForObject("select count(*) from symptom_report where alert_level is null "
				+ "and source = 'PATIENT' and soreness = 2", Integer.class))
			.isOne();
		assertThat(PatientPageTest.milestoneItem(this.side.page(token), "FULL_TRAINING"))
			.contains("datetime=\"" + PatientSide.isoHoursAfter(treatedAt, 24) + "\"");
		assertThat(this.side.dashboard(this.physio)).contains("No open alerts.");
	}

	@Test
	void aBadCheckInIsRefusedWithAMessageAndNothingIsStored() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);

		this.side.checkIn(token, "soreness", "11")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a number from 0 to 10.")))
			.andExpect(content().string(containsString("data-status=\"REST\"")));
		this.side.checkIn(token, "soreness", "-1").andExpect(status().isBadRequest());
		this.side.checkIn(token, "soreness", "lots")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a whole number from 0 to 10.")));
		this.side.checkIn(token, "symptoms", "SNEEZING")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose from the list.")));
		this.side.checkIn(token, "symptoms", "DIZZINESS", "symptoms", "<script>")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
		this.side.checkIn(token)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Tick what you notice")));
		this.mvc.perform(PatientSide.checkInRequest(token, "symptoms", "DIZZINESS")).andExpect(status().isForbidden());
		this.mvc.perform(PatientSide.checkInRequest(token, "symptoms", "DIZZINESS").with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForObject("select count(*) from symptom_report", Integer.class)).isZero();
	}

	@Test
	void theTreatmentComesFromTheTokenOnlyWhateverTheFormSays() throws Exception {
		Long mine = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		StaffMember otherClinic = this.fixtures.clinicWithAdmin("Other Clinic", "owner@other.example");
		Long theirs = this.side.logTreatment(otherClinic, this.fixtures.patient(otherClinic, "Olga", "Other"),
				this.side.now(), "NECK", "LIGHT");

		this.side
			.checkIn(this.side.tokenOf(this.physio, mine), "symptoms", "NAUSEA", "treatmentId", theirs.toString(),
					"clinicId", otherClinic.getClinic().getId().toString(), "source", "CLINIC", "id", "99")
			.andExpect(status().isFound());

		assertThat(this.jdbc.queryForObject(
				"select treatment_id || ' ' || clinic_id || ' ' || source " + "from symptom_report", String.class))
			.isEqualTo(mine + " " + this.physio.getClinic().getId() + " PATIENT");
	}

	@Test
	void theTwentyFirstCheckInOfADayIsRefusedAndNotStored() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "FOREARM_HAND", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		for (int i = 0; i < PatientPageService.MAX_CHECK_INS; i++) {
			this.side.checkIn(token, "soreness", "2").andExpect(status().isFound());
		}

		this.side.checkIn(token, "soreness", "2")
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("data-error=\"429\"")))
			.andExpect(content().string(containsString("Too many attempts")));

		assertThat(this.jdbc.queryForObject("select count(*) from symptom_report", Integer.class)).isEqualTo(20);
		this.side.page(token);
	}

	@Test
	void openingTheAddressOfACheckInLeadsBackToThePage() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);

		this.mvc.perform(get("/p/{token}/check-in", token))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/p/" + token));
	}

	@Test
	void anAcknowledgedAlertLeavesTheDashboardAndAReviewClosesOneToo() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		this.side.checkIn(token, "symptoms", "DIZZINESS").andExpect(status().isFound());
		assertThat(this.side.dashboard(this.physio)).contains("data-alert=\"RED_FLAG\"");
		Long report = this.jdbc.queryForObject("select id from symptom_report", Long.class);

		this.mvc
			.perform(post("/treatments/{id}/alerts/{report}/acknowledge", id, report).with(SignedIn.as(this.physio))
				.with(csrf()))
			.andExpect(status().isFound());

		assertThat(this.side.dashboard(this.physio)).contains("No open alerts.").doesNotContain("data-alert=");

		this.side.checkIn(token, "symptoms", "NAUSEA").andExpect(status().isFound());
		assertThat(this.side.dashboard(this.physio)).contains("data-alert=\"RED_FLAG\"");
		this.mvc
			.perform(post("/treatments/{id}/review", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("clearRedFlags", "true")
				.param("clearedFrom", this.side.now().toString())
				.param("note", "Called the patient; settling"))
			.andExpect(status().isFound());

		assertThat(this.side.dashboard(this.physio)).contains("No open alerts.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from symptom_report where resolved_at is null " + "and alert_level is not null",
				Integer.class))
			.isZero();
	}

	@Test
	void anotherClinicNeverSeesOrClosesThisClinicsAlerts() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		this.side.checkIn(this.side.tokenOf(this.physio, id), "symptoms", "FAINTING").andExpect(status().isFound());
		Long report = this.jdbc.queryForObject("select id from symptom_report", Long.class);
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "owner@other.example");

		assertThat(this.side.dashboard(other)).contains("No open alerts.").doesNotContain("Jane Doe");
		this.mvc
			.perform(post("/treatments/{id}/alerts/{report}/acknowledge", id, report).with(SignedIn.as(other))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/treatments/{id}", id).with(SignedIn.as(other))).andExpect(status().isNotFound());

		assertThat(this.jdbc.queryForObject("select resolved_at is null from symptom_report", Boolean.class)).isTrue();
		assertThat(this.side.dashboard(this.physio)).contains("data-alert=\"URGENT\"").contains("Jane Doe");
	}

}
