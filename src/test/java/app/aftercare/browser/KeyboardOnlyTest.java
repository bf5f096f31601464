package app.aftercare.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms people fill in under time pressure work with the keyboard alone: Tab to move,
 * Space to tick, arrows to choose, typing to enter, Enter to send. No clicks.
 */
@BrowserTest
class KeyboardOnlyTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Test
	void theTreatmentFormCanBeFilledInAndSavedWithTheKeyboardAlone() {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Patient patient = this.fixtures.patient(physio, "Jane", "Doe");
		Browser browser = browsers.staff();
		Journeys.logIn(browser, "alex@harbour.example");
		browser.open("/patients/" + patient.getId() + "/treatments/new");

		WebElement treatedAt = browser.field("Treated at");
		browser.tabTo(treatedAt, 15);
		String treatedAtValue = treatedAt.getDomProperty("value");
		browser.tabTo(browser.field("Lower back"), 30);
		browser.press(Keys.SPACE);
		browser.tabTo(browser.field("Side"), 30);
		browser.type("Left");
		chooseWithArrows(browser, "intensity", browser.field("Strong"));
		browser.tabTo(browser.field("Needles used"), 10);
		browser.type("8");
		browser.tabTo(browser.field("Dizziness"), 10);
		browser.press(Keys.SPACE);
		browser.tabTo(browser.field("Notes"), 10);
		browser.type("Logged without a mouse.");

		String fullTraining = Journeys
			.iso(LocalDateTime.parse(treatedAtValue).atZone(Journeys.LONDON).plus(Duration.ofHours(48)));
		browser
			.find(By.cssSelector("#plan-preview [data-milestone=FULL_TRAINING] time[datetime='" + fullTraining + "']"));
		browser.tabTo(browser.find(By.xpath("//button[normalize-space()='Save treatment']")), 5);
		browser.navigatingBy(() -> browser.press(Keys.ENTER));

		assertThat(browser.path()).matches("/treatments/\\d+");
		assertThat(browser.bodyText()).contains("Lower back (left)", "Strong", "Logged without a mouse.", "Dizziness");
		assertThat(browser.find(By.cssSelector("[data-milestone=FULL_TRAINING] time")).getDomAttribute("datetime"))
			.isEqualTo(fullTraining);
	}

	@Test
	void theCheckInFormCanBeFilledInAndSentWithTheKeyboardAlone() {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Patient patient = this.fixtures.patient(physio, "Jane", "Doe");
		ZonedDateTime treatedAt = ZonedDateTime.now(Journeys.LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
		Treatment treatment = this.treatments.log(physio.getClinic().getId(), physio.getId(), patient.getId(),
				new TreatmentDetails(treatedAt.toInstant(), List.of(new TreatedArea(Area.FOREARM_HAND, null)),
						Intensity.LIGHT, false, null, Set.of(), null));
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		staff.open("/treatments/" + treatment.getId());
		Browser phone = browsers.patient();
		phone.open(staff.find(By.cssSelector(".link-url a")).getDomAttribute("href"));

		phone.tabTo(phone.field("I feel dizzy"), 40);
		phone.press(Keys.SPACE);
		phone.tabTo(phone.field("Soreness (0–10)"), 20);
		phone.type("5");
		phone.tabTo(phone.find(By.xpath("//button[normalize-space()='Send check-in']")), 5);
		phone.navigatingBy(() -> phone.press(Keys.ENTER));

		phone.find(By.cssSelector("[data-checked-in]"));
		assertThat(phone.find(By.cssSelector("[data-milestone=LIGHT_EXERCISE] time")).getDomAttribute("datetime"))
			.as("the red flag sent by keyboard moved light exercise to 48 h")
			.isEqualTo(Journeys.iso(treatedAt.plusHours(48)));
		staff.open("/treatments/" + treatment.getId());
		assertThat(staff.text(By.cssSelector("[data-report]"))).contains("Dizziness", "5/10");
	}

	/**
	 * Tabs into a radio group and moves with the arrow keys to {@code choice}, which the
	 * arrows also select.
	 */
	private static void chooseWithArrows(Browser browser, String group, WebElement choice) {
		for (int i = 0; i < 10 && !group.equals(browser.focused().getDomAttribute("name")); i++) {
			browser.press(Keys.TAB);
		}
		assertThat(browser.focused().getDomAttribute("name")).as("Tab reaches the %s group", group).isEqualTo(group);
		for (int i = 0; i < 5 && !choice.equals(browser.focused()); i++) {
			browser.press(Keys.ARROW_RIGHT);
		}
		assertThat(choice.isSelected()).as("the arrow keys chose %s", choice.getDomAttribute("value")).isTrue();
	}

}
