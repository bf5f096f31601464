package app.aftercare.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new clinic: the first visit leads to setup, the owner logs in, adds a physiotherapist
 * and logs out, and the physiotherapist logs in.
 */
@BrowserTest
class NewClinicJourneyTest {

	static final String OWNER_PASSWORD = "harbour lights at dawn";

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void aNewClinicIsSetUpAndItsOwnerLogsIn() {
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

		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.text(By.cssSelector(".flash"))).contains("Your clinic is ready");
		browser.screenshot("clinic", "login");
		Journeys.logIn(browser, "pat@harbour.example", OWNER_PASSWORD);

		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello, Pat Owner");
		assertThat(browser.text(By.cssSelector("[data-clinic]"))).isEqualTo("Harbour Physio");
		browser.assertAccessible();
		browser.screenshot("clinic", "dashboard");
	}

}
