package app.aftercare.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.clinic.StaffMember;
import app.aftercare.outbox.OutboxWorker;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;
import app.aftercare.support.Fixtures;
import app.aftercare.support.Mailbox;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient is told, not only shown: a physiotherapist logs a treatment with both email
 * ticks, the patient's link arrives by email (a real SMTP server, GreenMail), the patient
 * opens it in the browser and reports a red flag, and the physiotherapist's alert email
 * arrives — none of them with the patient's surname or symptoms.
 */
@BrowserTest
class EmailJourneyTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	static final Mailbox mailbox = Mailbox.started();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		mailbox.configure(properties);
	}

	@AfterAll
	static void stopTheMailServer() {
		mailbox.stop();
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	PatientService patients;

	@Autowired
	OutboxWorker worker;

	@Test
	void theLinkArrivesByEmailThePatientChecksInARedFlagAndThePhysiotherapistsAlertArrives() throws Exception {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Patient jane = this.patients.create(physio.getClinic().getId(),
				new PatientDetails("Jane", "Doe", null, "jane@home.example", null, "en", "Runs marathons"));
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		staff.open("/patients/" + jane.getId() + "/treatments/new");
		assertThat(staff.field("Email the link to the patient").isSelected()).isTrue();
		assertThat(staff.field("Email reminders").isSelected()).isTrue();
		assertThat(staff.bodyText()).contains("jane@home.example");
		staff.tick("Neck");
		staff.tick("Light");
		staff.assertAccessible();
		staff.screenshot("email", "treatment-form");
		staff.press("Save treatment");
		assertThat(staff.path()).matches("/treatments/\\d+");

		this.worker.runOnce();
		List<MimeMessage> toJane = mailbox.to("jane@home.example");
		assertThat(toJane).hasSize(1);
		String linkEmail = GreenMailUtil.getBody(toJane.get(0));
		assertThat(linkEmail).contains("Hello Jane,", "Harbour Physio").doesNotContain("Doe", "marathons");
		Matcher link = Pattern.compile("http://localhost:\\d+/p/[A-Za-z0-9_-]{43}").matcher(linkEmail);
		assertThat(link.find()).as("the link in the email").isTrue();

		Browser patient = browsers.patient();
		patient.open(link.group());
		assertThat(patient.find(By.cssSelector("[data-reminders]")).getText()).contains("Reminders by email: on");
		patient.tick("I feel dizzy");
		patient.press("Send check-in");
		assertThat(patient.find(By.cssSelector("[data-checked-in]")).getText()).isNotBlank();
		patient.assertAccessible();
		patient.screenshot("email", "patient-page");

		this.worker.runOnce();
		List<MimeMessage> toPhysio = mailbox.to("alex@harbour.example");
		assertThat(toPhysio).as("the physiotherapist's alert").hasSize(1);
		String alert = toPhysio.get(0).getSubject() + GreenMailUtil.getBody(toPhysio.get(0));
		assertThat(alert).contains("Harbour Physio").doesNotContain("Doe", "marathons", "dizzy", "Dizziness");
	}

}
