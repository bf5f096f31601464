package app.aftercare.browser;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, clinical safety: a review clears red flags only when told to, the live
 * preview says what the saved plan says, the patient is told why their plan moved, and a
 * contradictory or empty check-in is refused where the phone shows it.
 */
@BrowserTest
class ClinicalSafetyJourneyTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	Fixtures fixtures;

	@Test
	void aReviewThatOnlyExtendsClearsNothingAndClearingIsAChoiceOfItsOwn() {
		Patient patient = aPatient();
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		LocalDateTime treatedAt = logNeckTreatmentWithDizziness(staff, patient);
		staff.screenshot("issue11", "1-review-before");

		staff.select("Extend milestone", "Full training");
		staff.setDate("Extended until", treatedAt.plusHours(96).toString());
		staff.fill("Review note", "Wait until Friday for full training.");
		staff.press("Record review");
		assertThat(time(staff, "LIGHT_EXERCISE")).as("the dizziness seen in clinic still holds light exercise back")
			.isEqualTo(Journeys.iso(treatedAt.plusHours(48).atZone(Journeys.LONDON)));
		assertThat(time(staff, "FULL_TRAINING"))
			.isEqualTo(Journeys.iso(treatedAt.plusHours(96).atZone(Journeys.LONDON)));
		assertThat(staff.text(By.cssSelector("[data-review-clears=false]"))).contains("Cleared nothing.");
		assertThat(staff.findAll(By.cssSelector("[data-cleared]"))).isEmpty();

		staff.tick("Clear red flags from");
		staff.fill("Review note", "Dizziness has passed.");
		staff.press("Record review");
		assertThat(time(staff, "LIGHT_EXERCISE")).as("cleared: light exercise from 24 hours")
			.isEqualTo(Journeys.iso(treatedAt.plusHours(24).atZone(Journeys.LONDON)));
		assertThat(staff.text(By.cssSelector("[data-review-clears=true]"))).contains("Reports it cleared:",
				"Dizziness");
		assertThat(staff.text(By.cssSelector("[data-cleared]"))).isEqualTo("Cleared by review");
		staff.assertAccessible();
		staff.screenshot("issue11", "1-review-after");
	}

	@Test
	void theLivePreviewNamesWhatIsMissingThenSaysWhatTheSavedPlanSaysBeforeTheSaveButtonOnAPhone() {
		Patient patient = aPatient();
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		staff.open("/patients/" + patient.getId() + "/treatments/new");
		staff.tick("Neck");
		staff.tick("Lower back");
		assertThat(staff.text(By.cssSelector("#plan-preview [data-field=intensity]")))
			.isEqualTo("Choose the intensity.");
		assertThat(staff.findAll(By.cssSelector("#plan-preview [data-field=areas]"))).isEmpty();
		staff.screenshot("issue11", "2-preview-missing");

		staff.tick("Strong");
		staff.tick("Dizziness");
		String treatedAt = staff.field("Treated at").getDomProperty("value");
		String fortyEight = Journeys.iso(LocalDateTime.parse(treatedAt).plusHours(48).atZone(Journeys.LONDON));
		staff.find(By.cssSelector("#plan-preview [data-milestone=FULL_TRAINING] time[datetime='" + fortyEight + "']"));
		String preview = staff.text(By.cssSelector("#plan-preview .timeline"));
		String safetyNet = staff.text(By.cssSelector("#plan-preview [data-safety-net]"));
		assertThat(preview).contains("Light exercise and full training", "Until", "From");
		assertThat(safetyNet).contains("Needling of the neck, near the top of the lungs",
				"If you become short of breath");
		staff.assertAccessible();
		staff.screenshot("issue11", "2-preview");

		staff.press("Save treatment");
		assertThat(staff.text(By.cssSelector(".timeline"))).as("the saved plan says what the preview said")
			.isEqualTo(preview);
		assertThat(staff.text(By.cssSelector("[data-safety-net]"))).isEqualTo(safetyNet);

		Browser phone = browsers.patient();
		Journeys.logIn(phone, "alex@harbour.example");
		phone.open("/patients/" + patient.getId() + "/treatments/new");
		phone.tick("Neck");
		phone.tick("Light");
		phone.find(By.cssSelector("#plan-preview [data-milestone=FULL_TRAINING] time"));
		Number previewTop = (Number) phone
			.script("return document.getElementById('plan-preview').getBoundingClientRect().top");
		Number saveTop = (Number) phone.script("return [...document.querySelectorAll('button')]"
				+ ".find((b) => b.textContent.trim() === 'Save treatment').getBoundingClientRect().top");
		assertThat(previewTop.doubleValue()).as("at 360 px the preview comes before Save")
			.isLessThan(saveTop.doubleValue());
		phone.screenshot("issue11", "2-preview-phone");
		phone.forgetEverything();
	}

	@Test
	void thePatientIsToldWhyThePlanMovedAndReadsThePhysiotherapistsNote() {
		Patient patient = aPatient();
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		LocalDateTime treatedAt = logNeckTreatment(staff, patient, false);
		String link = staff.find(By.cssSelector(".link-url a")).getDomAttribute("href");
		String treatmentPage = staff.path();

		Browser phone = browsers.patient();
		phone.open(link);
		phone.tick(dizzyLabel(phone));
		phone.press("Send check-in");
		String change = phone.text(By.cssSelector("[data-plan-change]"));
		assertThat(change).contains("Because you reported dizziness:", "Light exercise and full training moved to");
		phone.assertAccessible();
		phone.screenshot("issue11", "5-after-check-in");

		staff.open(treatmentPage);
		staff.select("Extend milestone", "Full training");
		staff.setDate("Extended until", treatedAt.plusHours(96).toString());
		staff.fill("Review note", "Blood pressure was low in clinic.");
		staff.fill("Note for the patient", "Please rest your neck until Friday, Jane.");
		staff.press("Record review");

		phone.open(link);
		String afterReview = phone.text(By.cssSelector("[data-plan-change]"));
		assertThat(afterReview).contains("After your physiotherapist’s review:", "Full training moved to",
				"Please rest your neck until Friday, Jane.");
		assertThat(phone.bodyText()).doesNotContain("Blood pressure");
		phone.assertAccessible();
		phone.screenshot("issue11", "5-after-review");
	}

	@Test
	void anEmptyOrContradictoryCheckInIsRefusedAndThePhoneShowsTheErrorFirst() {
		Patient patient = aPatient();
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		logNeckTreatment(staff, patient, false);
		String link = staff.find(By.cssSelector(".link-url a")).getDomAttribute("href");

		Browser phone = browsers.patient();
		phone.open(link);
		phone.press("Send check-in");
		assertThat(phone.script("return document.activeElement.id")).as("the error summary has the focus")
			.isEqualTo("check-in-errors");
		Number top = (Number) phone.script("return document.activeElement.getBoundingClientRect().top");
		assertThat(top.doubleValue()).as("and the phone shows it").isBetween(0.0, 740.0);
		phone.assertAccessible();
		phone.screenshot("issue11", "6-empty-check-in");

		phone.tick("I feel fine");
		phone.tick(dizzyLabel(phone));
		phone.press("Send check-in");
		assertThat(phone.text(By.id("check-in-errors"))).contains("You ticked \"I feel fine\" and also a symptom");
		phone.find(By.cssSelector("#check-in-errors a[href='#feelFine1']")).click();
		assertThat(phone.script("return document.activeElement.id")).as("the error leads to its field")
			.isEqualTo("feelFine1");
		assertThat(phone.findAll(By.cssSelector("[data-plan-change]"))).as("nothing was recorded").isEmpty();
		phone.assertAccessible();
		phone.screenshot("issue11", "6-contradiction");
	}

	private Patient aPatient() {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		return this.fixtures.patient(admin, "Jane", "Doe");
	}

	private static LocalDateTime logNeckTreatmentWithDizziness(Browser staff, Patient patient) {
		return logNeckTreatment(staff, patient, true);
	}

	private static LocalDateTime logNeckTreatment(Browser staff, Patient patient, boolean dizzy) {
		staff.open("/patients/" + patient.getId() + "/treatments/new");
		LocalDateTime treatedAt = LocalDateTime.now(Journeys.LONDON).truncatedTo(ChronoUnit.MINUTES);
		staff.setDate("Treated at", treatedAt.toString());
		staff.tick("Neck");
		staff.tick("Light");
		if (dizzy) {
			staff.tick("Dizziness");
		}
		staff.press("Save treatment");
		assertThat(staff.path()).matches("/treatments/\\d+");
		return treatedAt;
	}

	private static String dizzyLabel(Browser phone) {
		return phone.text(By.cssSelector("label[for=symptoms3]"));
	}

	private static String time(Browser browser, String milestone) {
		return browser.find(By.cssSelector("[data-milestone=" + milestone + "] time")).getDomAttribute("datetime");
	}

}
