package app.aftercare.browser;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.Side;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient follows the link on their phone, reports a red flag, and the clinic sees
 * the alert, reviews it, and the patient's plan follows.
 */
@BrowserTest
class PatientJourneyTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Test
	void aPatientReportsARedFlagAndTheClinicReviewsIt() {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Patient jane = this.fixtures.patient(physio, "Jane", "Doe");
		ZonedDateTime treatedAt = ZonedDateTime.now(Journeys.LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
		Treatment treatment = this.treatments.log(physio.getClinic().getId(), physio.getId(), jane.getId(),
				new TreatmentDetails(treatedAt.toInstant(), List.of(new TreatedArea(Area.FOREARM_HAND, Side.RIGHT)),
						Intensity.MODERATE, false, null, Set.of(), null));
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		staff.open("/treatments/" + treatment.getId());
		String link = staff.find(By.cssSelector(".link-url a")).getDomAttribute("href");

		Browser patient = browsers.patient();
		patient.open(link);
		assertThat(patient.find(By.cssSelector("h1")).getText()).contains("Jane");
		assertThat(status(patient)).isEqualTo("REST");
		assertThat(time(patient, "LIGHT_EXERCISE")).isEqualTo(Journeys.iso(treatedAt.plusHours(24)));
		assertThat(time(patient, "FULL_TRAINING")).isEqualTo(Journeys.iso(treatedAt.plusHours(24)));
		assertThat(patient.bodyText()).doesNotContain("Doe");
		patient.assertAccessible();
		patient.screenshot("patient", "page");

		patient.tick("I feel dizzy");
		patient.fill("Soreness (0–10)", "4");
		patient.press("Send check-in");
		patient.find(By.cssSelector("[data-checked-in]"));
		assertThat(time(patient, "LIGHT_EXERCISE")).as("R6: a red flag means no exercise before 48 h")
			.isEqualTo(Journeys.iso(treatedAt.plusHours(48)));
		assertThat(time(patient, "FULL_TRAINING")).isEqualTo(Journeys.iso(treatedAt.plusHours(48)));
		patient.assertAccessible();
		patient.screenshot("patient", "after-check-in");

		staff.open("/");
		By firstAlert = By.cssSelector("#alerts [data-alert]");
		assertThat(staff.find(firstAlert).getDomAttribute("data-alert")).isEqualTo("RED_FLAG");
		assertThat(staff.text(firstAlert)).contains("Jane Doe", "Dizziness", "soreness 4/10");
		staff.assertAccessible();
		staff.screenshot("patient", "dashboard-alert");

		staff.navigatingBy(() -> staff.find(firstAlert).findElement(By.linkText("Jane Doe")).click());
		assertThat(staff.path()).isEqualTo("/treatments/" + treatment.getId());
		assertThat(staff.find(By.cssSelector("[data-alert]")).getDomAttribute("data-alert")).isEqualTo("RED_FLAG");
		staff.assertAccessible();
		staff.screenshot("patient", "treatment-alert");
		// cleared from the minute after the report, so the report is behind the review
		staff.tick("Clear red flags from");
		staff.setDate("Cleared from",
				ZonedDateTime.now(Journeys.LONDON)
					.plusMinutes(1)
					.truncatedTo(ChronoUnit.MINUTES)
					.toLocalDateTime()
					.toString());
		staff.fill("Review note", "Phoned Jane: the dizziness has passed.");
		staff.press("Record review");
		assertThat(staff.bodyText()).contains("Phoned Jane: the dizziness has passed.");
		staff.open("/");
		assertThat(staff.findAll(By.cssSelector("#alerts [data-alert]"))).isEmpty();

		patient.open(link);
		assertThat(time(patient, "LIGHT_EXERCISE")).as("the review lifts the red-flag hold")
			.isEqualTo(Journeys.iso(treatedAt.plusHours(24)));
		assertThat(time(patient, "FULL_TRAINING")).isEqualTo(Journeys.iso(treatedAt.plusHours(24)));
		patient.screenshot("patient", "after-review");
	}

	static String status(Browser browser) {
		return browser.find(By.cssSelector("[data-status]")).getDomAttribute("data-status");
	}

	static String time(Browser browser, String milestone) {
		return browser.find(By.cssSelector("[data-milestone=" + milestone + "] time")).getDomAttribute("datetime");
	}

}
