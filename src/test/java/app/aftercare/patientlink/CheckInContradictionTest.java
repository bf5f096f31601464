package app.aftercare.patientlink;

import java.time.Clock;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A check-in that contradicts itself, or says nothing, is refused with a message that the
 * phone shows first (the error summary takes the focus) and that leads to the field.
 */
@IntegrationTest
@Import(Fixtures.class)
class CheckInContradictionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	PatientSide side;

	String token;

	@BeforeEach
	void aPatientWithALink() throws Exception {
		this.side = new PatientSide(this.mvc, this.clock);
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Patient patient = this.fixtures.patient(physio, "Jane", "Doe");
		Long id = this.side.logTreatment(physio, patient, this.side.now(), "NECK", "LIGHT");
		this.token = this.side.tokenOf(physio, id);
	}

	@Test
	void feelingFineAndDizzyAtOnceIsRefusedWithAFieldErrorAndNothingIsRecorded() throws Exception {
		String page = this.side.checkIn(this.token, "feelFine", "true", "symptoms", "DIZZINESS")
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("You ticked &quot;I feel fine&quot; and also a symptom")
			.contains("id=\"feelFine-error\"")
			.contains("<a href=\"#feelFine1\">");
		assertThat(this.jdbc.queryForObject("select count(*) from symptom_report", Integer.class)).isZero();
	}

	@Test
	void feelingFineWithSorenessThatCountsAsSignificantPainIsRefusedToo() throws Exception {
		this.side.checkIn(this.token, "feelFine", "true", "soreness", "8").andExpect(status().isBadRequest());
		this.side.checkIn(this.token, "feelFine", "true", "soreness", "3").andExpect(status().isFound());

		assertThat(this.jdbc.queryForObject("select count(*) from symptom_report", Integer.class)).isOne();
	}

	@Test
	void anEmptyCheckInPutsTheFocusOnTheErrorSummaryWhichLeadsToTheSymptoms() throws Exception {
		String page = this.side.checkIn(this.token)
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).containsPattern("class=\"error-summary\"[^>]*tabindex=\"-1\"[^>]*autofocus")
			.contains("<a href=\"#symptoms1\">Tick what you notice");
	}

}
