package app.aftercare.browser;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import app.aftercare.security.Role;
import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.patient.Patient;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.Side;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.support.StaticFiles;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 in a real browser: the dashboard learns of a new alert by itself; revoking a
 * link asks first; a physiotherapist is refused an admin page in the app's own look;
 * 100-character names fit a 360 px phone.
 */
@BrowserTest
class WorkflowJourneyTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theDashboardShowsANewAlertWithoutBeingReloaded() {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Treatment treatment = treatment(admin, this.fixtures.patient(admin, "Jane", "Doe"));
		this.jdbc.update("update patient set phone = '07700 900123'");
		Browser browser = browsers.staff();
		Journeys.logIn(browser, "alex@harbour.example");
		assertThat(browser.text(By.id("alert-count"))).isEqualTo("No open alerts");
		browser.screenshot("issue11", "7-before");
		browser.script("window.aftercareStillThisPage = true");

		this.treatments.recordSymptoms(admin.getClinic().getId(), treatment.getId(), SymptomSource.PATIENT,
				Set.of(Symptom.CHEST_PAIN), null);

		browser.waitUntil(Duration.ofSeconds(40),
				(driver) -> !driver.findElements(By.cssSelector("#alerts [data-alert=URGENT]")).isEmpty());
		assertThat(browser.script("return window.aftercareStillThisPage === true")).as("no full reload")
			.isEqualTo(true);
		assertThat(browser.text(By.id("alert-count"))).isEqualTo("1 open alert");
		assertThat(browser.find(By.cssSelector("#alerts a[data-alert-phone]")).getDomAttribute("href"))
			.isEqualTo("tel:07700900123");
		browser.assertAccessible();
		browser.screenshot("issue11", "7-after");

		browser.press("Patients");
		assertThat(browser.text(By.id("alert-count"))).isEqualTo("1 open alert");
	}

	@Test
	void revokingTheLinkAsksFirstAndOnlyTheConfirmationRevokes() {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Treatment treatment = treatment(admin, this.fixtures.patient(admin, "Jane", "Doe"));
		Browser browser = browsers.staff();
		Journeys.logIn(browser, "alex@harbour.example");
		browser.open("/treatments/" + treatment.getId());
		String link = browser.find(By.cssSelector(".link-url a")).getDomAttribute("href");

		browser.press("Revoke and reissue link");
		assertThat(browser.path()).startsWith("/treatments/" + treatment.getId() + "/link/revoke");
		browser.assertAccessible();
		browser.screenshot("issue11", "8-confirm");
		browser.press("Keep the current link");
		assertThat(browser.find(By.cssSelector(".link-url a")).getDomAttribute("href")).isEqualTo(link);

		browser.press("Revoke and reissue link");
		browser.press("Revoke the old link");
		assertThat(browser.path()).isEqualTo("/treatments/" + treatment.getId());
		assertThat(browser.text(By.cssSelector(".flash"))).contains("A new link was issued");
		assertThat(browser.find(By.cssSelector(".link-url a")).getDomAttribute("href")).isNotEqualTo(link);
		browser.screenshot("issue11", "8-reissued");
	}

	@Test
	void printIsNearTheTopOfTheTreatmentPageOnAPhone() {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Treatment treatment = treatment(admin, this.fixtures.patient(admin, "Jane", "Doe"));
		Browser phone = browsers.patient();
		Journeys.logIn(phone, "alex@harbour.example");
		phone.open("/treatments/" + treatment.getId());
		Number top = (Number) phone
			.script("return Array.from(document.querySelectorAll('button')).find(b => b.textContent.trim() === "
					+ "'Print aftercare sheet').getBoundingClientRect().top + window.scrollY");
		assertThat(top.intValue()).as("px from the top at 360 px").isLessThan(400);
		phone.screenshot("issue11", "10-treatment");
	}

	@Test
	void aPhysiotherapistOpeningAnAdminPageGetsTheAppsOwnForbiddenPage() {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		this.staff.add(admin.getClinic().getId(),
				new StaffService.NewStaffMember("Sam Physio", "sam@harbour.example", Fixtures.PASSWORD, Role.PHYSIO));
		Browser browser = browsers.staff();
		Journeys.logIn(browser, "sam@harbour.example");
		browser.open("/admin/staff");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
		assertThat(browser.findAll(By.cssSelector("header.topbar .brand"))).hasSize(1);
		assertThat(browser.findAll(By.cssSelector("link[href='" + StaticFiles.hashed("/css/app.css") + "']")))
			.hasSize(1);
		assertThat(browser.bodyText()).doesNotContain("Whitelabel", "Forbidden", "Exception");
		browser.assertAccessible();
		browser.screenshot("issue11", "14-forbidden");
	}

	@Test
	void hundredCharacterNamesFitAPhoneOnEveryPage() {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		String first = "Maximiliana" + "x".repeat(89);
		String last = "Wolfeschlegelsteinhausen" + "y".repeat(76);
		Patient patient = this.fixtures.patient(admin, first, last);
		this.jdbc.update("update patient set email = ?",
				"a.very.long.email.address.for.testing@" + "z".repeat(40) + ".example");
		Treatment treatment = treatment(admin, patient);
		this.treatments.recordSymptoms(admin.getClinic().getId(), treatment.getId(), SymptomSource.PATIENT,
				Set.of(Symptom.DIZZINESS), 8);
		Browser browser = browsers.staff();
		Journeys.logIn(browser, "alex@harbour.example");
		browser.screenshot("issue11", "16-dashboard");
		browser.open("/patients");
		browser.screenshot("issue11", "16-patients");
		browser.open("/patients/" + patient.getId());
		browser.assertAccessible();
		browser.screenshot("issue11", "16-patient");
		browser.screenshot("issue11", "17-details");
		browser.open("/treatments/" + treatment.getId());
		browser.screenshot("issue11", "16-treatment");
		browser.open("/patients?q=" + first.substring(0, 20));
		browser.screenshot("issue11", "16-search");
		browser.open("/admin/messages");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Messages");
		assertThat(browser.bodyText()).contains("Clinic alert").contains("a•••@harbour.example");
		browser.assertAccessible();
		browser.screenshot("issue13", "admin-messages");
	}

	private Treatment treatment(StaffMember admin, Patient patient) {
		return this.treatments.log(admin.getClinic().getId(), admin.getId(), patient.getId(),
				new TreatmentDetails(this.clock.instant().minusSeconds(3600),
						List.of(new TreatedArea(Area.CHEST_WALL, Side.LEFT)), Intensity.MODERATE, false, null, Set.of(),
						null));
	}

}
