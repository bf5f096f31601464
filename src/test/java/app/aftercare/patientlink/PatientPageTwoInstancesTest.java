package app.aftercare.patientlink;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import app.aftercare.AftercareApplication;
import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import app.aftercare.treatment.ReviewDecision;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two instances on one database (issue 14): the test's context is instance A, a second
 * application is instance B. Each change is made through A after B has opened the page
 * (so B holds its model in its cache), and B's very next open shows it. Opens counted by
 * both instances add up, and "last opened" is the latest of them whichever flushes last.
 */
@IntegrationTest
@Import(Fixtures.class)
class PatientPageTwoInstancesTest {

	static ConfigurableApplicationContext b;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	java.time.Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TreatmentService treatments;

	@Autowired
	ClinicService clinics;

	@Autowired
	LinkOpens opens;

	@Autowired
	Environment environment;

	PatientSide onA;

	PatientSide onB;

	MockMvc mvcB;

	StaffMember physio;

	Long treatmentId;

	String token;

	@AfterAll
	static void stopInstanceB() {
		if (b != null) {
			b.close();
			b = null;
		}
	}

	/**
	 * Instance B: the same application on A's database.
	 */
	private void startInstanceB() {
		if (b == null) {
			b = new SpringApplicationBuilder(AftercareApplication.class).run("--server.port=0",
					"--management.server.port=0",
					"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
					"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password"),
					"--logging.level.root=WARN");
		}
	}

	@BeforeEach
	void aPageOpenedOnB() throws Exception {
		startInstanceB();
		this.onA = new PatientSide(this.mvc, this.clock);
		this.mvcB = MockMvcBuilders.webAppContextSetup((WebApplicationContext) b).apply(springSecurity()).build();
		this.onB = new PatientSide(this.mvcB, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Patient patient = this.fixtures.patient(this.physio, "Jane", "Doe");
		this.treatmentId = this.onA.logTreatment(this.physio, patient, this.onA.now(), "NECK", "LIGHT");
		this.token = this.onA.tokenOf(this.physio, this.treatmentId);
		assertThat(this.onB.page(this.token)).contains("data-status=\"REST\"").doesNotContain("data-plan-change");
	}

	@Test
	void aCheckInOnAShowsOnBsNextOpen() throws Exception {
		this.onA.checkIn(this.token, "symptoms", "DIZZINESS").andExpect(status().isFound());

		assertThat(this.onB.page(this.token)).contains("data-plan-change").contains("dizz");
	}

	@Test
	void aReviewOnAShowsOnBsNextOpen() throws Exception {
		this.treatments.review(this.physio.getClinic().getId(), this.treatmentId, this.physio.getId(),
				new ReviewDecision(null, MilestoneCode.FULL_TRAINING, this.clock.instant().plus(Duration.ofDays(6)),
						"Seen in clinic", "See you on Thursday"));

		assertThat(this.onB.page(this.token)).contains("See you on Thursday");
	}

	@Test
	void aRevokeOnAShowsOnBsNextOpen() throws Exception {
		this.mvc.perform(post("/treatments/{id}/link", this.treatmentId).with(SignedIn.as(this.physio)).with(csrf()))
			.andExpect(status().isFound());

		this.mvcB.perform(get("/p/{token}", this.token)).andExpect(status().isNotFound());
		assertThat(this.onB.page(this.onA.tokenOf(this.physio, this.treatmentId))).contains("Jane");
	}

	@Test
	void aClinicChangeOnAShowsOnBsNextOpen() throws Exception {
		this.clinics.updateDetails(this.physio.getClinic().getId(),
				new ClinicService.ClinicDetails("Quayside Physio", ZoneId.of("Europe/London"), null, null, "en"));

		assertThat(this.onB.page(this.token)).contains("Quayside Physio").doesNotContain("Harbour Physio");
	}

	@Test
	void opensOnBothInstancesAddUpAndTheLatestOpenIsKeptWhicheverFlushesLast() throws Exception {
		LinkOpens opensOnB = b.getBean(LinkOpens.class);
		opensOnB.flush();
		this.opens.flush();
		this.jdbc.update("update patient_link set open_count = 0, last_opened_at = null");
		this.onA.page(this.token);
		this.onA.page(this.token);
		// PostgreSQL keeps microseconds, rounded: compare with the instant truncated to
		// them
		Instant beforeLastOpen = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.onB.page(this.token);
		this.onB.page(this.token);
		this.onB.page(this.token);

		opensOnB.flush();
		this.opens.flush();

		assertThat(this.jdbc.queryForObject("select open_count from patient_link where treatment_id = ?", Integer.class,
				this.treatmentId))
			.isEqualTo(5);
		assertThat(this.jdbc
			.queryForObject("select last_opened_at from patient_link where treatment_id = ?", Timestamp.class,
					this.treatmentId)
			.toInstant()).isAfterOrEqualTo(beforeLastOpen);
		assertThat(this.onA.treatmentPage(this.physio, this.treatmentId)).contains("data-link-opened=\"true\"")
			.contains("(5 times)");
	}

}
