package app.aftercare.aftercare;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import({ Fixtures.class, SheetFixtures.class })
class AftercareSheetLanguageTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	/** Letter paper is 279.4 mm high; with 12 mm margins its text must end above this. */
	private static final double LETTER_CONTENT_BOTTOM_MM = 279.4 - 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SheetFixtures sheets;

	StaffMember physio;

	@BeforeEach
	void aClinicWithContactDetails() {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.sheets.withContactDetails(this.physio);
	}

	@Test
	void aSpanishSpeakingPatientsSheetAndPdfHaveNoEnglishSentenceLeft() throws Exception {
		Patient lucia = this.sheets.patient(this.physio, "Lucía", "Núñez", "es");
		LocalDateTime treatedAt = this.sheets.now().minusHours(1);
		Long id = this.sheets.logTreatment(this.mvc, this.physio, lucia, treatedAt, "STRONG", "NECK", "LOWER_BACK");
		reportSymptoms(id, "DIZZINESS");

		String html = html(id, "en");
		String htmlText = HtmlText.of(html);
		String pdfText = Pdfs.text(pdf(id, "en")).replaceAll("\\s+", " ");

		List<String> english = englishSentences();
		assertThat(english).hasSizeGreaterThan(100);
		for (String sentence : english) {
			assertThat(html).as("the Spanish page").doesNotContain(sentence);
			assertThat(htmlText).as("the Spanish page's text").doesNotContain(sentence);
			assertThat(pdfText).as("the Spanish PDF's text").doesNotContain(sentence);
		}
		String dateTime = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy, HH:mm", SPANISH).format(treatedAt);
		for (String text : List.of(htmlText, pdfText)) {
			assertThat(text).contains("Cuidados después de la punción seca", "Para Lucía", "Cuello", "Zona lumbar",
					"Ejercicio ligero y entrenamiento completo", "Punción en el cuello",
					"Contacte con la clínica si tiene", "Busque atención médica urgente si tiene",
					"orientación, no un alta médica", "Reglas 2026.1", dateTime);
		}
		assertThat(html).contains("<html lang=\"es\"");
	}

	@Test
	void anEnglishSpeakingPatientsSheetIsInEnglishWhateverTheStaffBrowserAsksFor() throws Exception {
		Patient jane = this.sheets.patient(this.physio, "Jane", "Doe", "en");
		Long id = this.sheets.logTreatment(this.mvc, this.physio, jane, this.sheets.now(), "LIGHT", "CALF");

		assertThat(HtmlText.of(html(id, "es"))).contains("Aftercare after dry needling", "For Jane", "Calf")
			.doesNotContain("Cuidados", "Gemelo");
		assertThat(Pdfs.text(pdf(id, "es"))).contains("Aftercare after dry needling").doesNotContain("Cuidados");
	}

	@Test
	void theFullestSpanishSheetStillFitsOnOneA4AndOneLetterPage() throws Exception {
		Patient patient = this.sheets.patient(this.physio, "Maximiliana Bartholomea", "Núñez", "es");
		Long id = this.sheets.logTreatment(this.mvc, this.physio, patient, this.sheets.now().minusHours(1), "STRONG",
				"NECK", "UPPER_TRAPEZIUS", "SHOULDER_BLADE", "CHEST_WALL", "SHOULDER", "LOWER_BACK", "GLUTES_HIP",
				"THIGH_BACK", "CALF");
		reportSymptoms(id, "DIZZINESS", "NAUSEA");

		byte[] pdf = pdf(id, "es");

		assertThat(Pdfs.pages(pdf)).isOne();
		assertThat(Pdfs.lowestTextMillimetres(pdf)).isLessThan(LETTER_CONTENT_BOTTOM_MM);
	}

	/**
	 * Every message of three words or more whose English differs from its Spanish.
	 */
	private static List<String> englishSentences() throws IOException {
		List<String> sentences = new ArrayList<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (Resource english : resolver.getResources("classpath*:messages/*.properties")) {
			String name = english.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			Properties en = load(english);
			Properties es = load(english.createRelative(name.replace(".properties", "_es.properties")));
			for (String key : en.stringPropertyNames()) {
				String value = en.getProperty(key).strip();
				if (!value.equals(es.getProperty(key)) && value.split("\\s+").length >= 3) {
					sentences.add(value);
				}
			}
		}
		return sentences;
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private void reportSymptoms(Long id, String... symptoms) throws Exception {
		this.mvc
			.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("symptoms", symptoms))
			.andExpect(status().isFound());
	}

	private String html(Long id, String browserLanguage) throws Exception {
		return this.mvc
			.perform(get("/treatments/{id}/aftercare", id).with(SignedIn.as(this.physio))
				.header("Accept-Language", browserLanguage))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private byte[] pdf(Long id, String browserLanguage) throws Exception {
		return this.mvc
			.perform(get("/treatments/{id}/aftercare.pdf", id).with(SignedIn.as(this.physio))
				.header("Accept-Language", browserLanguage))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
