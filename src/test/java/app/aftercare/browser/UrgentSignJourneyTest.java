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
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After needling near the chest, the patient reports difficulty breathing: their page
 * puts the urgent instructions before anything else, and the clinic's dashboard puts the
 * URGENT alert above a newer red flag.
 */
@BrowserTest
class UrgentSignJourneyTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Test
	void breathingDifficultyPutsUrgentInstructionsFirstForThePatientAndTheUrgentAlertFirstForTheClinic() {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Patient jane = this.fixtures.patient(physio, "Jane", "Doe");
		Patient tom = this.fixtures.patient(physio, "Tom", "Hill");
		Treatment janes = treat(physio, jane, Area.SHOULDER_BLADE);
		Treatment toms = treat(physio, tom, Area.CALF);
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		staff.open("/treatments/" + janes.getId());
		String link = staff.find(By.cssSelector(".link-url a")).getDomAttribute("href");

		Browser patient = browsers.patient();
		patient.open(link);
		patient.find(By.cssSelector("[data-safety-net]"));
		patient.tick("Short of breath, or pain when breathing in");
		patient.press("Send check-in");

		assertThat(patient.find(By.cssSelector("[data-status]")).getDomAttribute("data-status")).isEqualTo("URGENT");
		WebElement urgent = patient.find(By.cssSelector("[data-urgent]"));
		assertThat(patient.script("""
				var urgent = arguments[0];
				var first = Array.from(document.body.children).find(function (e) {
				  return !e.classList.contains('skip-link');
				});
				return first === urgent;
				""", urgent)).as("the urgent instructions come before anything else on the page").isEqualTo(true);
		assertThat(urgent.getRect().getY()).as("and are at the top of the screen").isLessThan(20);
		assertThat(urgent.getText()).contains("Get urgent medical help now", "Call 999");
		for (String milestone : List.of("LIGHT_EXERCISE", "FULL_TRAINING")) {
			WebElement item = patient.find(By.cssSelector("[data-milestone=" + milestone + "]"));
			assertThat(item.getDomAttribute("data-on-hold")).as("%s on hold", milestone).isEqualTo("true");
			assertThat(item.findElements(By.tagName("time"))).as("%s has no time", milestone).isEmpty();
		}
		patient.assertAccessible();
		patient.screenshot("urgent", "patient-page");

		this.treatments.recordSymptoms(physio.getClinic().getId(), toms.getId(), SymptomSource.PATIENT,
				Set.of(Symptom.SIGNIFICANT_BRUISING), null);
		staff.open("/");
		List<WebElement> alerts = staff.findAll(By.cssSelector("#alerts [data-alert]"));
		assertThat(alerts).hasSize(2);
		assertThat(alerts.get(0).getDomAttribute("data-alert")).isEqualTo("URGENT");
		assertThat(alerts.get(0).getText()).contains("Urgent", "Jane Doe", "Breathing difficulty");
		assertThat(alerts.get(1).getDomAttribute("data-alert")).as("the newer red flag comes after")
			.isEqualTo("RED_FLAG");
		assertThat(alerts.get(1).getText()).contains("Tom Hill");
		staff.assertAccessible();
		staff.screenshot("urgent", "dashboard");
	}

	private Treatment treat(StaffMember physio, Patient patient, Area area) {
		ZonedDateTime treatedAt = ZonedDateTime.now(Journeys.LONDON).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
		return this.treatments.log(physio.getClinic().getId(), physio.getId(), patient.getId(),
				new TreatmentDetails(treatedAt.toInstant(), List.of(new TreatedArea(area, Side.LEFT)),
						Intensity.MODERATE, false, null, Set.of(), null));
	}

}
