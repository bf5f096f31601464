package app.aftercare.browser;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import app.aftercare.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps and facts the journeys share.
 */
final class Journeys {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** How pages write an instant for machines, in the clinic's zone. */
	static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private Journeys() {
	}

	static String iso(ZonedDateTime time) {
		return ISO_WITH_OFFSET.format(time);
	}

	/**
	 * Logs in through the login page and lands on the dashboard.
	 */
	static void logIn(Browser browser, String email, String password) {
		browser.open("/login");
		browser.assertAccessible();
		browser.fill("Email", email);
		browser.fill("Password", password);
		browser.press("Log in");
		assertThat(browser.path()).as("after logging in, the dashboard").matches("/(\\?.*)?");
	}

	static void logIn(Browser browser, String email) {
		logIn(browser, email, Fixtures.PASSWORD);
	}

}
