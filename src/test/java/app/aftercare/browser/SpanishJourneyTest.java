package app.aftercare.browser;

import app.aftercare.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spanish-speaking patient: the clinic works in English, but her aftercare sheet and
 * her page are in Spanish, whatever language her phone asks for.
 */
@BrowserTest
class SpanishJourneyTest {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	Fixtures fixtures;

	@Test
	void aSpanishSpeakingPatientGetsHerSheetAndHerPageInSpanish() {
		this.fixtures.clinicWithAdmin("Harbour Physio", "alex@harbour.example");
		Browser staff = browsers.staff();
		Journeys.logIn(staff, "alex@harbour.example");
		staff.open("/patients/new");
		staff.fill("First name", "Lucía");
		staff.fill("Last name", "Fernández");
		staff.select("Preferred language", "Español");
		staff.press("Save patient");
		assertThat(staff.bodyText()).contains("Español");
		staff.press("New treatment");
		staff.tick("Neck");
		staff.tick("Light");
		staff.press("Save treatment");
		assertThat(lang(staff)).as("the clinic's own pages stay in English").isEqualTo("en");

		staff.press("Print aftercare sheet");
		assertThat(lang(staff)).isEqualTo("es");
		assertThat(staff.text(By.tagName("h1"))).isEqualTo("Cuidados después de la punción seca");
		assertThat(staff.bodyText()).contains("Para Lucía", "Ejercicio ligero y entrenamiento completo", "Desde")
			.doesNotContain("Full training");
		assertThat(staff.text(By.cssSelector("[data-safety-net]")))
			.startsWith("Punción en el cuello, cerca de la parte alta de los pulmones");
		staff.assertAccessible();
		staff.screenshot("spanish", "sheet");

		Browser patient = browsers.patient();
		patient.open(staff.text(By.cssSelector("[data-patient-link] .link-text")));
		assertThat(lang(patient)).isEqualTo("es");
		assertThat(patient.text(By.tagName("h1"))).isEqualTo("Lucía, sus cuidados tras el tratamiento");
		assertThat(patient.text(By.cssSelector("[data-status]")))
			.isEqualTo("Descanse por ahora: solo actividad ligera, como caminar.");
		assertThat(patient.bodyText()).contains("Ejercicio ligero y entrenamiento completo", "Desde")
			.doesNotContain("Full training");
		patient.field("Dolor (0–10)");
		patient.find(By.xpath("//button[normalize-space()='Enviar']"));
		patient.assertAccessible();
		patient.screenshot("spanish", "patient-page");
	}

	private static String lang(Browser browser) {
		return browser.find(By.tagName("html")).getDomAttribute("lang");
	}

}
