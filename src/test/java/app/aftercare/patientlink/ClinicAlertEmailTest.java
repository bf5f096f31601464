package app.aftercare.patientlink;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import app.aftercare.web.PublicAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clinic hears of an alert by email within a cycle of the worker, which runs on its
 * schedule here, through a real SMTP server (GreenMail). The context is closed after the
 * class, so its worker never takes messages of other tests.
 */
@IntegrationTest
@Import(Fixtures.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClinicAlertEmailTest {

	static final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		greenMail.start();
	}

	@DynamicPropertySource
	static void mailServerAndASchedule(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		properties.add("aftercare.mail.from", () -> "Aftercare <aftercare@harbour.example>");
		properties.add("aftercare.outbox.worker.enabled", () -> "true");
		properties.add("aftercare.outbox.poll", () -> "500ms");
	}

	@AfterAll
	static void stopTheMailServer() {
		greenMail.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PublicAddress publicAddress;

	PatientSide side;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithAPatient() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		this.side = new PatientSide(this.mvc, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
	}

	@Test
	void aRedFlagIsEmailedToThePhysiotherapistAndTheClinicsAlertEmailWithoutPatientDetails() throws Exception {
		this.mvc
			.perform(post("/admin/clinic").with(SignedIn.as(this.physio))
				.with(csrf())
				.param("name", "Harbour Physio")
				.param("timeZone", "Europe/London")
				.param("defaultLanguage", "en")
				.param("alertEmail", "alerts@harbour.example"))
			.andExpect(status().isFound());
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);

		this.side.checkIn(token, "symptoms", "DIZZINESS", "symptoms", "NAUSEA").andExpect(status().isFound());

		assertThat(greenMail.waitForIncomingEmail(15_000, 2)).as("two emails within the worker's cycle").isTrue();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(recipients(received)).containsExactlyInAnyOrder("owner@harbour.example", "alerts@harbour.example");
		for (MimeMessage message : received) {
			String whole = GreenMailUtil.getWholeMessage(message);
			String body = GreenMailUtil.getBody(message);
			assertThat(message.getSubject()).isEqualTo("Red flag: a patient of Harbour Physio needs attention");
			assertThat(message.getFrom()[0]).hasToString("Aftercare <aftercare@harbour.example>");
			assertThat(body).contains("Alert: Red flag")
				.contains("(Europe/London)")
				.contains(this.publicAddress.baseUrl() + "/treatments/" + id);
			assertThat(whole).doesNotContain("Doe", "Jane", "Dizziness", "Nausea", "DIZZINESS", token);
		}
		// the worker marks a message sent once the SMTP server has taken it: wait for its
		// commit
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForList("select status || ' ' || attempts from outbox", String.class))
				.containsExactly("SENT 1", "SENT 1"));
	}

	@Test
	void anUrgentSignGoesToThePhysiotherapistAloneWhenTheClinicHasNoAlertEmail() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");

		this.side.checkIn(this.side.tokenOf(this.physio, id), "symptoms", "BREATHING_DIFFICULTY")
			.andExpect(status().isFound());

		assertThat(greenMail.waitForIncomingEmail(15_000, 1)).isTrue();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(recipients(received)).containsExactly("owner@harbour.example");
		assertThat(received[0].getSubject()).isEqualTo("Urgent: a patient of Harbour Physio needs attention");
		assertThat(GreenMailUtil.getBody(received[0])).contains("Alert: Urgent").contains("Contact them now");
		assertThat(this.jdbc.queryForObject("select priority from outbox", Integer.class)).isZero();
	}

	@Test
	void aCheckInWithoutRedFlagsSendsNothing() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");

		this.side.checkIn(this.side.tokenOf(this.physio, id), "soreness", "3").andExpect(status().isFound());

		assertThat(this.jdbc.queryForObject("select count(*) from outbox", Integer.class)).isZero();
	}

	private static List<String> recipients(MimeMessage[] messages) throws Exception {
		List<String> recipients = new java.util.ArrayList<>();
		for (MimeMessage message : messages) {
			recipients.addAll(Arrays.stream(message.getAllRecipients()).map(Address::toString).toList());
		}
		return recipients;
	}

}
