package app.aftercare.web;

import java.util.regex.Pattern;

import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The form fragments render one control per field: a fragment selector such as
 * {@code forms :: input} also picks every {@code <input>} tag of the fragments file,
 * which once put a stray checkbox after every text field.
 */
@IntegrationTest
class FormFragmentsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void eachSetupFieldIsRenderedOnceAndNoStrayCheckboxAppears() throws Exception {
		String page = this.mvc.perform(get("/setup")).andReturn().getResponse().getContentAsString();

		for (String field : new String[] { "clinicName", "timeZone", "name", "email", "password", "submission" }) {
			assertThat(Pattern.compile("name=\"" + field + "\"").matcher(page).results().count()).as(field)
				.isEqualTo(1);
		}
		assertThat(page).doesNotContain("type=\"checkbox\"");
	}

}
