package app.aftercare.aftercare;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
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
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY.md 33 and SPEC "Patient links and the public address", without
 * {@code aftercare.public-url}: links point to this machine, whatever the request's
 * {@code Host} says, and staff are warned on screen, never on paper.
 */
@IntegrationTest
@Import({ Fixtures.class, SheetFixtures.class })
class PublicAddressTest {

	static final String FORGED_HOST = "evil.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SheetFixtures sheets;

	StaffMember physio;

	Long treatmentId;

	@BeforeEach
	void aTreatment() throws Exception {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.sheets.withContactDetails(this.physio);
		Patient patient = this.sheets.patient(this.physio, "Jane", "Doe", "en");
		this.treatmentId = this.sheets.logTreatment(this.mvc, this.physio, patient, this.sheets.now(), "LIGHT", "NECK");
	}

	@Test
	void aForgedHostNeverReachesTheSheetThePdfTheQrCodeOrTheTreatmentPage() throws Exception {
		String sheet = body(get("/treatments/{id}/aftercare", this.treatmentId));
		String link = AftercareSheetPageTest.link(sheet);
		assertThat(link).matches("http://localhost:\\d+/p/.+");
		assertThat(sheet).doesNotContain(FORGED_HOST);
		assertThat(qrOnThePage(sheet)).isEqualTo(link);

		byte[] pdf = pdf();
		assertThat(Pdfs.text(pdf)).doesNotContain(FORGED_HOST);
		assertThat(Pdfs.decodeQr(Pdfs.images(pdf).get(0))).isEqualTo(link);

		String treatmentPage = body(get("/treatments/{id}", this.treatmentId));
		assertThat(treatmentPage).doesNotContain(FORGED_HOST).contains(link);
	}

	@Test
	void staffAreWarnedOnScreenThatPatientsCannotOpenTheLinkButThePdfSaysNothing() throws Exception {
		assertThat(body(get("/treatments/{id}", this.treatmentId))).contains("data-link-warning")
			.contains("Patients cannot open this link");
		String sheet = body(get("/treatments/{id}/aftercare", this.treatmentId));
		assertThat(sheet).containsPattern("<header class=\"toolbar no-print\">(?s:(?!</header>).)*data-link-warning");
		assertThat(Pdfs.text(pdf())).doesNotContain("Patients cannot open", "public-url");
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(forged(request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private byte[] pdf() throws Exception {
		return this.mvc.perform(forged(get("/treatments/{id}/aftercare.pdf", this.treatmentId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private MockHttpServletRequestBuilder forged(MockHttpServletRequestBuilder request) {
		return request.with(SignedIn.as(this.physio)).header(HttpHeaders.HOST, FORGED_HOST).with((servlet) -> {
			servlet.setServerName(FORGED_HOST);
			return servlet;
		});
	}

	static String qrOnThePage(String html) throws Exception {
		Matcher dataUri = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
		assertThat(dataUri.find()).isTrue();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.group(1))));
		return Pdfs.decodeQr(image);
	}

}
