package app.aftercare.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journeys' accessibility check itself: it must fail on what it is there to catch.
 */
@BrowserTest
class AccessibilityCheckTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void anUnlabelledFieldAndAnImageWithoutTextFailTheCheckNamingRuleAndElement() {
		Browser browser = browsers.staff();
		browser.open(page("<main><h1>Form</h1><img src='x.png'><input type='text' id='nameless'></main>"));

		assertThatThrownBy(browser::assertAccessible).hasMessageContaining("image-alt [critical]")
			.hasMessageContaining("label [critical]")
			.hasMessageContaining("#nameless");
	}

	@Test
	void aPageWithLabelledFieldsPassesTheCheck() {
		Browser browser = browsers.staff();
		browser.open(page("<main><h1>Form</h1><label for='name'>Name</label><input type='text' id='name'></main>"));

		assertThatCode(browser::assertAccessible).doesNotThrowAnyException();
	}

	private static String page(String body) {
		String html = "<!DOCTYPE html><html lang='en'><head><title>Test</title></head><body>" + body + "</body></html>";
		return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
