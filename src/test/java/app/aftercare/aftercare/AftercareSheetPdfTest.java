package app.aftercare.aftercare;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import({ Fixtures.class, SheetFixtures.class })
class AftercareSheetPdfTest {

	/** Letter paper is 279.4 mm high; with 12 mm margins its text must end above this. */
	private static final double LETTER_CONTENT_BOTTOM_MM = 279.4 - 12;

	private static final DateTimeFormatter MILESTONE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
			Locale.ENGLISH);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SheetFixtures sheets;

	@Autowired
	JdbcTemplate jdbc;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithContactDetailsAndAPatient() {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.sheets.withContactDetails(this.physio);
		this.patient = this.sheets.patient(this.physio, "Jane", "Doe-Smithers", "en");
	}

	@Test
	void thePdfIsOnePageWithThePatientsFirstNameEveryMilestoneTimeAndTheLink() throws Exception {
		LocalDateTime treatedAt = this.sheets.now().minusHours(2);
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, treatedAt, "STRONG", "LOWER_BACK");
		String link = AftercareSheetPageTest.link(html(id));

		MockHttpServletResponse response = pdfResponse(id);
		byte[] pdf = response.getContentAsByteArray();

		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Harbour-Physio-Jane-" + treatedAt.toLocalDate() + ".pdf\"");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(Pdfs.pages(pdf)).isOne();
		String text = withoutWhiteSpace(Pdfs.text(pdf));
		assertThat(text).contains("Jane", "HarbourPhysio", withoutWhiteSpace(SheetFixtures.PHONE), "Lowerback")
			.doesNotContain("Doe-Smithers", "Privatenote")
			.contains(withoutWhiteSpace(link));
		for (int hours : new int[] { 0, 12, 24, 48 }) {
			assertThat(text).contains(withoutWhiteSpace(MILESTONE_TIME.format(treatedAt.plusHours(hours))));
		}
		assertThat(text).contains("Ruleset2026.1", "guidance,notmedicalclearance");
	}

	@Test
	void theQrCodeOnThePageAndInThePdfReadsExactlyThePatientLink() throws Exception {
		Long id = this.sheets.logTreatment(this.mvc, this.physio, this.patient, this.sheets.now(), "LIGHT", "NECK");
		String html = html(id);
		String link = AftercareSheetPageTest.link(html);

		Matcher dataUri = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
		assertThat(dataUri.find()).isTrue();
		BufferedImage onThePage = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.group(1))));
		assertThat(Pdfs.decodeQr(onThePage)).isEqualTo(link);

		List<BufferedImage> inThePdf = Pdfs.images(pdfResponse(id).getContentAsByteArray());
		assertThat(inThePdf).hasSize(1);
		assertThat(Pdfs.decodeQr(inThePdf.get(0))).isEqualTo(link);
	}

	@Test
	void theFullestSheetStillFitsOnOneA4AndOneLetterPage() throws Exception {
		this.jdbc.update("update clinic set name = ?, address = ? where id = ?",
				"Harbour Physiotherapy and Sports Rehabilitation Centre",
				"Unit 14, The Old Sail Loft, 7 Quay Street\nHarbour Town, Westshire HT1 2AB",
				this.physio.getClinic().getId());
		Patient longName = this.sheets.patient(this.physio, "Maximiliana Bartholomea", "Doe", "en");
		Long id = this.sheets.logTreatment(this.mvc, this.physio, longName, this.sheets.now().minusHours(1), "STRONG",
				"NECK", "UPPER_TRAPEZIUS", "SHOULDER_BLADE", "CHEST_WALL", "SHOULDER", "LOWER_BACK", "GLUTES_HIP",
				"THIGH_BACK", "CALF");
		this.mvc
			.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("symptoms", "DIZZINESS", "NAUSEA", "CHEST_PAIN"))
			.andExpect(status().isFound());

		byte[] pdf = pdfResponse(id).getContentAsByteArray();

		assertThat(Pdfs.pages(pdf)).isOne();
		assertThat(Pdfs.lowestTextMillimetres(pdf)).isLessThan(LETTER_CONTENT_BOTTOM_MM);
		String text = withoutWhiteSpace(Pdfs.text(pdf));
		assertThat(text).contains("Needlingoftheneck", "Domildtriggerpoint", "Stretchgentlybefore",
				"Onhold:seekurgentcarefirst", "guidance,notmedicalclearance");
	}

	private String html(Long id) throws Exception {
		return this.mvc.perform(get("/treatments/{id}/aftercare", id).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletResponse pdfResponse(Long id) throws Exception {
		return this.mvc.perform(get("/treatments/{id}/aftercare.pdf", id).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	static String withoutWhiteSpace(String text) {
		return text.replaceAll("\\s+", "");
	}

}
