package app.aftercare.web;

import java.util.List;
import java.util.regex.Pattern;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Error summaries name each field, link to it, and follow the order of the form.
 */
@IntegrationTest
@Import(Fixtures.class)
class ErrorSummaryTest {

	private static final Pattern ENTRY = Pattern.compile("<a href=\"#([A-Za-z]+)\">([^<]*)</a>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void anEmptySetupFormListsEveryFieldByItsLabelInFormOrder() throws Exception {
		String page = this.mvc
			.perform(post("/setup").with(csrf())
				.param("clinicName", "")
				.param("timeZone", "Europe/London")
				.param("name", "")
				.param("email", "")
				.param("password", ""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = ENTRY.matcher(summary(page)).results().map((match) -> match.group(1)).toList();
		assertThat(links).containsExactly("clinicName", "name", "email", "password");
		assertThat(summary(page)).contains("Clinic name: Enter a value.", "Your name: Enter a value.");
		for (String id : links) {
			assertThat(page).contains("id=\"" + id + "\"");
		}
	}

	@Test
	void aTreatmentWithoutAreasLinksToTheGroupOfCheckboxesInSpanishToo() throws Exception {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Long patient = this.fixtures.patient(physio, "Jane", "Doe").getId();
		String page = this.mvc
			.perform(post("/patients/{id}/treatments", patient).with(SignedIn.as(physio))
				.with(csrf())
				.header("Accept-Language", "es")
				.param("treatedAt", "")
				.param("needleCount", "-1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = ENTRY.matcher(summary(page)).results().map((match) -> match.group(1)).toList();
		assertThat(links).startsWith("treatedAt", "areas").contains("intensity");
		assertThat(links.indexOf("intensity")).isLessThan(links.indexOf("needleCount"));
		assertThat(summary(page)).contains("Zonas tratadas: ");
		assertThat(page).contains("id=\"areas\"", "id=\"intensity\"");
	}

	private static String summary(String page) {
		int start = page.indexOf("class=\"error-summary\"");
		assertThat(start).as("error summary").isNotNegative();
		return page.substring(start, page.indexOf("</div>", start));
	}

}
