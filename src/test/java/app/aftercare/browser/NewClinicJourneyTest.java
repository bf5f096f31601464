package app.aftercare.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new clinic: the first visit leads to setup, which signs the owner in; the owner adds
 * a physiotherapist and logs out, and the physiotherapist logs in.
 */
@BrowserTest
class NewClinicJourneyTest {

	static final String OWNER_PASSWORD = "harbour lights at dawn";

	static final String PHYSIO_PASSWORD = "needles and patience";

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void aNewClinicIsSetUpItsOwnerAddsAPhysiotherapistAndThePhysiotherapistLogsIn() {
		Browser browser = browsers.staff();

		browser.open("/");
		assertThat(browser.path()).as("a fresh installation leads to setup").isEqualTo("/setup");
		browser.assertAccessible();
		browser.screenshot("clinic", "setup");
		browser.fill("Clinic name", "Harbour Physio");
		browser.select("Time zone", "Europe/London");
		browser.fill("Your name", "Pat Owner");
		browser.fill("Email", "pat@harbour.example");
		browser.fill("Password", OWNER_PASSWORD);
		browser.press("Create clinic");

		assertThat(browser.path()).as("the new admin is signed in").isEqualTo("/");
		assertThat(browser.text(By.cssSelector(".flash"))).contains("Your clinic is ready");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello, Pat Owner");
		assertThat(browser.text(By.cssSelector("[data-clinic]"))).isEqualTo("Harbour Physio");
		browser.assertAccessible();
		browser.screenshot("clinic", "dashboard");

		browser.press("Admin");
		assertThat(browser.path()).isEqualTo("/admin/staff");
		browser.assertAccessible();
		browser.fill("Name", "Sam Physio");
		browser.fill("Email", "sam@harbour.example");
		browser.fill("Initial password", PHYSIO_PASSWORD);
		browser.tick("Physiotherapist");
		browser.press("Add staff member");
		assertThat(browser.text(By.cssSelector(".flash"))).contains("Staff member added");
		assertThat(browser.text(By.cssSelector("table.staff tbody"))).contains("Sam Physio", "sam@harbour.example",
				"Physiotherapist");
		browser.assertAccessible();
		browser.screenshot("clinic", "staff");

		browser.press("Log out");
		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(browser.bodyText()).contains("You have logged out.").doesNotContain("Pat Owner");

		Journeys.logIn(browser, "sam@harbour.example", PHYSIO_PASSWORD);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello, Sam Physio");
		assertThat(browser.text(By.cssSelector("[data-clinic]"))).isEqualTo("Harbour Physio");
		assertThat(browser.findAll(By.linkText("Admin"))).as("a physiotherapist sees no admin pages").isEmpty();
		browser.assertAccessible();
	}

}
