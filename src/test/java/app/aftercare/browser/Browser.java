package app.aftercare.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One headless Chromium with its own profile, seen at a fixed viewport: a desktop
 * (1280×900) or a phone (360×740). Finds fields by their visible label and buttons by
 * their text, as a person does; waits for conditions, never for time.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	/** The innermost elements that reach past the right edge of the viewport. */
	private static final String WIDEST_ELEMENTS = """
			var width = arguments[0];
			return Array.from(document.body.querySelectorAll('*')).filter(function (e) {
			  return e.getBoundingClientRect().right > width + 1 && !Array.from(e.children).some(function (c) {
			    return c.getBoundingClientRect().right > width + 1;
			  });
			}).slice(0, 5).map(function (e) {
			  return e.outerHTML.slice(0, 120) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')';
			}).join('; ');
			""";

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private final int width;

	private final int height;

	private Browser(String baseUrl, int width, int height) {
		this.baseUrl = baseUrl;
		this.width = width;
		this.height = height;
		try {
			this.profile = Files.createTempDirectory("aftercare-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumInstalled.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-extensions", "--lang=en-GB",
				"--window-size=" + width + "," + height, "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ChromiumInstalled.CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withSilent(true)
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		viewport(width, height);
	}

	/**
	 * A browser on a desktop screen.
	 */
	static Browser desktop(String baseUrl) {
		return new Browser(baseUrl, 1280, 900);
	}

	/**
	 * A browser on a small phone, 360 CSS pixels wide.
	 */
	static Browser phone(String baseUrl) {
		return new Browser(baseUrl, 360, 740);
	}

	/**
	 * Forgets every cookie (no session, no login) and leaves the current page.
	 */
	void forgetEverything() {
		this.driver.get("about:blank");
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	// Navigation

	void open(String pathOrUrl) {
		this.driver.get(pathOrUrl.startsWith("/") ? this.baseUrl + pathOrUrl : pathOrUrl);
		waitForPage();
	}

	String path() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(this.baseUrl) ? url.substring(this.baseUrl.length()) : url;
	}

	String title() {
		return this.driver.getTitle();
	}

	/**
	 * Clicks the button or link with exactly this text and waits for the next page.
	 */
	void press(String text) {
		WebElement target = buttonOrLink(this.driver, text);
		navigatingBy(() -> target.click());
	}

	/**
	 * Runs an action that leads to another page, and waits until that page has loaded.
	 */
	void navigatingBy(Runnable action) {
		script("window.aftercareLeftPage = true");
		action.run();
		waitUntil((driver) -> {
			try {
				return Boolean.TRUE
					.equals(script("return window.aftercareLeftPage !== true && document.readyState === 'complete'"));
			}
			catch (WebDriverException ex) {
				// between two documents the driver may answer with an error: not there
				// yet
				return false;
			}
		});
	}

	private void waitForPage() {
		waitUntil((driver) -> "complete".equals(script("return document.readyState")));
	}

	<T> T waitUntil(Function<? super WebDriver, T> condition) {
		return waitUntil(PATIENCE, condition);
	}

	<T> T waitUntil(Duration patience, Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, patience).until(condition);
	}

	// Finding things as a person would

	/**
	 * The form control whose {@code <label>} reads exactly {@code label}: through the
	 * label's {@code for}, or the control inside the label.
	 */
	WebElement field(String label) {
		return field(this.driver, label);
	}

	WebElement field(SearchContext within, String label) {
		List<WebElement> labels = within
			.findElements(By.xpath(".//label[normalize-space(.)=" + xpathLiteral(label) + "]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
		if (labels.size() != 1) {
			fail("Expected one visible label \"" + label + "\" on " + path() + ", found " + labels.size());
		}
		WebElement found = labels.get(0);
		String forId = found.getDomAttribute("for");
		if (forId != null && !forId.isEmpty()) {
			return this.driver.findElement(By.id(forId));
		}
		return found.findElement(By.xpath(".//input|.//select|.//textarea"));
	}

	void fill(String label, String text) {
		WebElement input = field(label);
		input.clear();
		input.sendKeys(text);
	}

	void select(String label, String optionText) {
		new Select(field(label)).selectByVisibleText(optionText);
	}

	/**
	 * Ticks a checkbox, or chooses a radio button, found by its label.
	 */
	void tick(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			box.click();
		}
		assertThat(box.isSelected()).as("\"%s\" is chosen", label).isTrue();
	}

	/**
	 * Sets a {@code date} or {@code datetime-local} field. Chromium types into these in
	 * the order of its locale, so the value is set as the field's own picker would, with
	 * the same events.
	 */
	void setDate(String label, String isoLocal) {
		WebElement input = field(label);
		script("""
				arguments[0].value = arguments[1];
				arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
				arguments[0].dispatchEvent(new Event('change', {bubbles: true}));
				""", input, isoLocal);
		assertThat(input.getDomProperty("value")).isEqualTo(isoLocal);
	}

	WebElement find(By by) {
		return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
	}

	List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	String text(By by) {
		return find(by).getText();
	}

	String bodyText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	private static WebElement buttonOrLink(SearchContext within, String text) {
		String literal = xpathLiteral(text);
		List<WebElement> found = within
			.findElements(By.xpath(".//button[normalize-space(.)=" + literal + "] | .//a[normalize-space(.)=" + literal
					+ "] | .//input[(@type='submit' or @type='button') and @value=" + literal + "]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
		assertThat(found).as("one button or link \"%s\"", text).hasSize(1);
		return found.get(0);
	}

	static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	// The keyboard

	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	void press(Keys key) {
		focused().sendKeys(key);
	}

	void type(CharSequence text) {
		focused().sendKeys(text);
	}

	/**
	 * Presses Tab until {@code target} has the focus; fails if it is not reached within
	 * {@code maxTabs} presses.
	 */
	void tabTo(WebElement target, int maxTabs) {
		for (int i = 0; i < maxTabs; i++) {
			if (target.equals(focused())) {
				return;
			}
			press(Keys.TAB);
		}
		if (!target.equals(focused())) {
			fail("Tab never reached " + describe(target) + " on " + path());
		}
	}

	String describe(WebElement element) {
		return (String) script("var e = arguments[0]; return e.outerHTML.slice(0, 160);", element);
	}

	// Scripts

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	Object asyncScript(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeAsyncScript(script, args);
	}

	// Accessibility

	/**
	 * Runs axe-core on the current page and fails on any serious or critical violation.
	 */
	void assertAccessible() {
		Axe.assertNoSeriousViolations(this);
	}

	// Evidence

	/**
	 * Saves the whole current page, as seen on a desktop and at 360 px, as
	 * {@code target/screenshots/<journey>-<page>-desktop.png} and {@code -360.png}, and
	 * checks that nothing overflows sideways at 360 px.
	 */
	void screenshot(String journey, String page) {
		capture(SCREENSHOTS.resolve(journey + "-" + page + "-desktop.png"), 1280, 900, false);
		capture(SCREENSHOTS.resolve(journey + "-" + page + "-360.png"), 360, 740, true);
		viewport(this.width, this.height);
	}

	/**
	 * Prints the current page as Chromium prints it on A4 paper, saves the PDF as
	 * {@code target/screenshots/<journey>-<page>-print.pdf}, and tells how many pages it
	 * has.
	 */
	int print(String journey, String page) {
		Map<String, Object> pdf = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", true));
		byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(journey + "-" + page + "-print.pdf"), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (int) Pattern.compile("/Type\\s*/Page[^s]")
			.matcher(new String(bytes, StandardCharsets.ISO_8859_1))
			.results()
			.count();
	}

	/**
	 * Saves what this browser shows now, for a failed test.
	 */
	void screenshotAsIs(Path file) {
		saveScreenshot(file);
	}

	private void capture(Path file, int viewportWidth, int viewportHeight, boolean mobile) {
		viewport(viewportWidth, viewportHeight);
		long pageHeight = ((Number) script("return Math.max(document.documentElement.scrollHeight,"
				+ " document.body ? document.body.scrollHeight : 0)"))
			.longValue();
		long pageWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
		metrics(viewportWidth, (int) Math.max(viewportHeight, Math.min(pageHeight, 16000)), mobile);
		saveScreenshot(file);
		if (pageWidth > viewportWidth) {
			fail("At " + viewportWidth + " px " + path() + " is " + pageWidth + " px wide; too wide: "
					+ script(WIDEST_ELEMENTS, viewportWidth));
		}
	}

	private void saveScreenshot(Path file) {
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", false));
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void viewport(int viewportWidth, int viewportHeight) {
		metrics(viewportWidth, viewportHeight, viewportWidth < 600);
	}

	private void metrics(int viewportWidth, int viewportHeight, boolean mobile) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", viewportWidth, "height", viewportHeight, "deviceScaleFactor", 1, "mobile", mobile));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (var paths = Files.walk(this.profile)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary profile left behind is harmless
		}
	}

}
