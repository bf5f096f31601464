package app.aftercare.patient;

import java.time.Instant;
import java.util.List;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.SignedIn;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The patient page with a treatment feature present: its treatments are listed in the
 * clinic's time zone.
 */
@IntegrationTest
@Import({ Fixtures.class, PatientTreatmentsOnThePageTest.TwoTreatments.class })
class PatientTreatmentsOnThePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void treatmentsAreListedNewestFirstInTheClinicsTimeZone() throws Exception {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Patient patient = this.fixtures.patient(admin, "José", "García");

		SqlStatements.reset();
		String page = this.mvc.perform(get("/patients/{id}", patient.getId()).with(SignedIn.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<time datetime=\"2026-05-12T10:00:00+01:00\">12 May 2026, 10:00</time>")))
			.andExpect(content()
				.string(containsString("<time datetime=\"2026-01-20T08:30:00+00:00\">20 Jan 2026, 08:30</time>")))
			.andExpect(content().string(containsString("href=\"/treatments/2\"")))
			.andExpect(content().string(containsString(">Rest</span>")))
			.andExpect(content().string(containsString("&lt;b&gt;Lower back&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("No treatments yet."))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the patient, the audit event, the clinic's time zone and the top bar's count of
		// open alerts; the treatments are the treatment feature's
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(4);
		assertThat(page.indexOf("2026-05-12T10:00")).isLessThan(page.indexOf("2026-01-20T08:30"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TwoTreatments {

		@Bean
		@Primary
		PatientTreatmentsPort patientTreatments() {
			return (clinicId, patientId) -> List.of(
					new TreatmentSummary(2L, Instant.parse("2026-05-12T09:00:00Z"), "<b>Lower back</b>", "REST"),
					new TreatmentSummary(1L, Instant.parse("2026-01-20T08:30:00Z"), "Neck", "FULL_TRAINING_OK"));
		}

	}

}
