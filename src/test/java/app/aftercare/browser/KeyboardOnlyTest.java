package app.aftercare.browser;

import java.time.Duration;
import java.time.LocalDateTime;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
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
			.find(By.cssSelector("#preview-live [data-milestone=FULL_TRAINING] time[datetime='" + fullTraining + "']"));
		browser.tabTo(browser.find(By.xpath("//button[normalize-space()='Save treatment']")), 5);
		browser.navigatingBy(() -> browser.press(Keys.ENTER));

		assertThat(browser.path()).matches("/treatments/\\d+");
		assertThat(browser.bodyText()).contains("Lower back (Left)", "Strong", "Logged without a mouse.", "Dizziness");
		assertThat(browser.find(By.cssSelector("[data-milestone=FULL_TRAINING] time")).getDomAttribute("datetime"))
			.isEqualTo(fullTraining);
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
