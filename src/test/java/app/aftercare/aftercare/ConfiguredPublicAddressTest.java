package app.aftercare.aftercare;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY.md 33 with {@code aftercare.public-url} set: links use it, whatever the
 * request's {@code Host}, and no warning is shown.
 */
@IntegrationTest
@TestPropertySource(properties = "aftercare.public-url=https://aftercare.example.org/")
@Import({ Fixtures.class, SheetFixtures.class })
class ConfiguredPublicAddressTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SheetFixtures sheets;

	@Test
	void linksStartWithTheConfiguredAddressAndNoWarningIsShown() throws Exception {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.sheets.withContactDetails(physio);
		Patient patient = this.sheets.patient(physio, "Jane", "Doe", "en");
		Long id = this.sheets.logTreatment(this.mvc, physio, patient, this.sheets.now(), "LIGHT", "NECK");

		String sheet = page(physio, "/treatments/{id}/aftercare", id);
		String treatmentPage = page(physio, "/treatments/{id}", id);

		assertThat(sheet).contains("https://aftercare.example.org/p/")
			.doesNotContain(PublicAddressTest.FORGED_HOST, "data-link-warning");
		assertThat(PublicAddressTest.qrOnThePage(sheet)).startsWith("https://aftercare.example.org/p/");
		assertThat(treatmentPage).contains("https://aftercare.example.org/p/")
			.doesNotContain(PublicAddressTest.FORGED_HOST, "data-link-warning");
	}

	private String page(StaffMember physio, String path, Long id) throws Exception {
		return this.mvc
			.perform(get(path, id).with(SignedIn.as(physio)).header(HttpHeaders.HOST, PublicAddressTest.FORGED_HOST))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
