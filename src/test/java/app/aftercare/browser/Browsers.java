package app.aftercare.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browsers of one test class, pointed at the application's random port: a staff
 * member's desktop browser and a patient's phone, each started on first use and kept for
 * the class. Before each test both forget their cookies; when a test fails, what each
 * showed is saved under {@code target/screenshots/failures/}.
 */
class Browsers implements BeforeEachCallback, AfterAllCallback, TestExecutionExceptionHandler {

	private String baseUrl;

	private Browser staff;

	private Browser patient;

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.baseUrl = "http://localhost:" + port;
		if (this.staff != null) {
			this.staff.forgetEverything();
		}
		if (this.patient != null) {
			this.patient.forgetEverything();
		}
	}

	/**
	 * The clinic's browser, on a desktop.
	 */
	Browser staff() {
		if (this.staff == null) {
			this.staff = Browser.desktop(this.baseUrl);
		}
		return this.staff;
	}

	/**
	 * The patient's browser: another browser altogether (no cookie of the clinic's), on a
	 * phone 360 px wide.
	 */
	Browser patient() {
		if (this.patient == null) {
			this.patient = Browser.phone(this.baseUrl);
		}
		return this.patient;
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		Path failures = Browser.SCREENSHOTS.resolve("failures");
		try {
			if (this.staff != null) {
				this.staff.screenshotAsIs(failures.resolve(name + "-staff.png"));
			}
			if (this.patient != null) {
				this.patient.screenshotAsIs(failures.resolve(name + "-patient.png"));
			}
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
		throw failure;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		try {
			if (this.staff != null) {
				this.staff.close();
			}
		}
		finally {
			if (this.patient != null) {
				this.patient.close();
			}
			this.staff = null;
			this.patient = null;
		}
	}

}
