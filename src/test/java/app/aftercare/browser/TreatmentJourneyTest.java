package app.aftercare.browser;

import java.time.Duration;
import java.time.LocalDateTime;

import app.aftercare.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A physiotherapist logs a treatment for a new patient, checks the plan before saving it,
 * prints the aftercare sheet and follows the patient link.
 */
@BrowserTest
class TreatmentJourneyTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	Fixtures fixtures;

	@Test
	void aPhysiotherapistLogsATreatmentSeeingThePlanBeforeSavingItPrintsTheSheetAndThePatientOpensTheLink() {
		this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Browser staff = browsers.staff();

		Journeys.logIn(staff, "alex@harbour.example");
		staff.assertAccessible();

		staff.press("Patients");
		staff.assertAccessible();
		staff.screenshot("treatment", "patients");
		staff.press("New patient");
		staff.assertAccessible();
		staff.fill("First name", "Jane");
		staff.fill("Last name", "Doe");
		staff.setDate("Date of birth", "1984-03-09");
		staff.fill("Email", "jane@example.com");
		staff.fill("Phone", "07700 900123");
		staff.select("Preferred language", "English");
		staff.press("Save patient");
		assertThat(staff.text(By.tagName("h1"))).isEqualTo("Jane Doe");
		assertThat(staff.bodyText()).contains("jane@example.com", "07700 900123");
		staff.assertAccessible();
		staff.screenshot("treatment", "patient");

		staff.press("New treatment");
		staff.tick("Lower back");
		staff.select("Side", "Left");
		staff.tick("Strong");
		String treatedAt = staff.field("Treated at").getDomProperty("value");
		String fullTraining = Journeys
			.iso(LocalDateTime.parse(treatedAt).atZone(Journeys.LONDON).plus(Duration.ofHours(48)));
		staff
			.find(By.cssSelector("#plan-preview [data-milestone=FULL_TRAINING] time[datetime='" + fullTraining + "']"));
		staff.assertAccessible();
		staff.screenshot("treatment", "form");
		staff.press("Save treatment");

		assertThat(staff.path()).matches("/treatments/\\d+");
		assertThat(staff.find(By.cssSelector("[data-status]")).getDomAttribute("data-status")).isEqualTo("REST");
		assertThat(staff.find(By.cssSelector("[data-milestone=FULL_TRAINING] time")).getDomAttribute("datetime"))
			.isEqualTo(fullTraining);
		staff.assertAccessible();
		staff.screenshot("treatment", "treatment");
		String treatmentPage = staff.path();
		String link = staff.find(By.cssSelector(".link-url a")).getDomAttribute("href");

		staff.press("Print aftercare sheet");
		assertThat(staff.path()).startsWith(treatmentPage + "/aftercare");
		assertThat(staff.text(By.cssSelector(".first-name"))).isEqualTo("Jane");
		assertThat(staff.bodyText()).doesNotContain("Doe");
		assertThat(staff.find(By.cssSelector("[data-milestone=FULL_TRAINING] time")).getDomAttribute("datetime"))
			.isEqualTo(fullTraining);
		assertThat(staff.text(By.cssSelector("[data-patient-link] .link-text"))).isEqualTo(link);
		staff.find(By.cssSelector("[data-patient-link] img.qr"));
		staff.assertAccessible();
		staff.screenshot("treatment", "sheet");
		assertThat(staff.print("treatment", "sheet")).as("printed pages of the aftercare sheet").isEqualTo(1);

		Browser patient = browsers.patient();
		patient.open(staff.text(By.cssSelector("[data-patient-link] .link-text")));
		assertThat(patient.text(By.tagName("h1"))).startsWith("Jane");
		assertThat(patient.find(By.cssSelector("[data-status]")).getDomAttribute("data-status")).isEqualTo("REST");
		assertThat(patient.find(By.cssSelector("[data-milestone=FULL_TRAINING] time")).getDomAttribute("datetime"))
			.as("the patient page and the printed sheet agree")
			.isEqualTo(fullTraining);
		patient.assertAccessible();
		patient.screenshot("treatment", "patient-page");

		// opens are counted in memory and stored within seconds (LinkOpens): the clinic
		// sees
		// the open on a reload of the treatment page once they are
		Boolean opened = staff.waitUntil((driver) -> {
			staff.open(treatmentPage);
			return "true".equals(staff.find(By.cssSelector("[data-link-opened]")).getDomAttribute("data-link-opened"));
		});
		assertThat(opened).as("the clinic sees that the link was opened").isTrue();
	}

}
