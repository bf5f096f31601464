package app.aftercare.clinic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@Import(Fixtures.class)
class ClinicSettingsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	StaffMember admin;

	@BeforeEach
	void aClinicWithItsAdmin() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void theFormShowsTheCurrentSettingsWithALabelForEveryField() throws Exception {
		this.mvc.perform(get("/admin/clinic").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"name\">Clinic name</label>")))
			.andExpect(content().string(containsString("<label for=\"timeZone\">Time zone</label>")))
			.andExpect(content().string(containsString("<label for=\"phone\">Phone</label>")))
			.andExpect(content().string(containsString("<label for=\"address\">Address</label>")))
			.andExpect(content().string(containsString("<label for=\"defaultLanguage\">Default language</label>")))
			.andExpect(content().string(containsString("<label for=\"alertEmail\">Alert email (optional)</label>")))
			.andExpect(content().string(containsString("value=\"Harbour Physio\"")))
			.andExpect(content().string(containsString("<option value=\"Europe/London\" selected=\"selected\">")))
			.andExpect(content().string(containsString("<option value=\"en\" selected=\"selected\">English</option>")))
			.andExpect(content().string(containsString("Save settings")));
	}

	@Test
	void savingChangesTheClinicAndShowsAMessageAfterTheRedirect() throws Exception {
		MvcResult saved = this.mvc.perform(save(valid()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/clinic"))
			.andReturn();
		this.mvc.perform(get("/admin/clinic").with(SignedIn.as(this.admin)).flashAttrs(saved.getFlashMap()))
			.andExpect(content().string(containsString("Clinic settings saved.")))
			.andExpect(content().string(containsString("value=\"Cl&iacute;nica del Puerto\"")));

		assertThat(this.jdbc.queryForMap("select name, time_zone, phone, address, default_language from clinic"))
			.containsEntry("name", "Clínica del Puerto")
			.containsEntry("time_zone", "Europe/Madrid")
			.containsEntry("phone", "+34 (951) 000-111")
			.containsEntry("address", "Calle del Puerto 1\n29001 Málaga")
			.containsEntry("default_language", "es");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'UPDATE' and record_type = 'Clinic' and record_id = ?",
				Integer.class, this.admin.getClinic().getId()))
			.isOne();
	}

	@Test
	void emptyPhoneAndAddressAreSavedAsNotGiven() throws Exception {
		Map<String, String> form = valid();
		form.put("phone", "  ");
		form.put("address", "");
		this.mvc.perform(save(form)).andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap("select phone, address from clinic"))
			.allSatisfy((column, value) -> assertThat(value).as(column).isNull());
	}

	static Stream<Arguments> badValues() {
		return Stream.of(arguments("name", "", "Enter a value."), arguments("name", "n".repeat(201), "200"),
				arguments("timeZone", "Mars/Olympus", "Choose a time zone from the list."),
				arguments("timeZone", "", "Enter a value."),
				arguments("phone", "call us", "Use only digits, spaces and + ( ) -."),
				arguments("phone", "1".repeat(41), "40"), arguments("address", "a".repeat(501), "500"),
				arguments("defaultLanguage", "fr", "Choose English or Español."),
				arguments("defaultLanguage", "", "Choose English or Español."),
				arguments("alertEmail", "alerts at harbour", "Enter a valid email address."),
				arguments("alertEmail", "a".repeat(250) + "@x.example", "254"));
	}

	@ParameterizedTest(name = "{0} = \"{1}\" is refused")
	@MethodSource("badValues")
	void aBadValueIsAFieldErrorAndNothingIsSaved(String field, String value, String message) throws Exception {
		Map<String, String> form = valid();
		form.put(field, value);
		String errorField = field;
		this.mvc.perform(save(form))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/clinic"))
			.andExpect(model().attributeHasFieldErrors("clinicForm", errorField))
			.andExpect(content().string(containsString(message)));
		assertThat(this.jdbc.queryForObject("select name from clinic", String.class)).isEqualTo("Harbour Physio");
	}

	@Test
	void theAlertEmailIsSavedTrimmedAndShownAndCanBeRemoved() throws Exception {
		Map<String, String> form = valid();
		form.put("alertEmail", "  alerts@harbour.example ");
		this.mvc.perform(save(form)).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select alert_email from clinic", String.class))
			.isEqualTo("alerts@harbour.example");
		this.mvc.perform(get("/admin/clinic").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("value=\"alerts@harbour.example\"")));

		form.put("alertEmail", "");
		this.mvc.perform(save(form)).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select alert_email from clinic", String.class)).isNull();
	}

	@Test
	void fieldsTheFormDoesNotHaveAreIgnored() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		this.mvc
			.perform(save(valid()).param("id", other.getClinic().getId().toString())
				.param("clinicId", other.getClinic().getId().toString())
				.param("createdAt", "2000-01-01T00:00:00Z"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select name from clinic where id = ?", String.class,
				other.getClinic().getId()))
			.isEqualTo("Other Clinic");
		assertThat(this.jdbc.queryForObject("select name from clinic where id = ?", String.class,
				this.admin.getClinic().getId()))
			.isEqualTo("Clínica del Puerto");
	}

	@Test
	void markupInTheNameIsShownAsText() throws Exception {
		Map<String, String> form = valid();
		form.put("name", "<script>alert(1)</script>");
		this.mvc.perform(save(form)).andExpect(status().isFound());
		this.mvc.perform(get("/admin/clinic").with(SignedIn.as(this.admin)))
			.andExpect(content().string(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
	}

	private static Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Clínica del Puerto");
		form.put("timeZone", "Europe/Madrid");
		form.put("phone", "+34 (951) 000-111");
		form.put("address", "Calle del Puerto 1\r\n29001 Málaga");
		form.put("defaultLanguage", "es");
		return form;
	}

	private MockHttpServletRequestBuilder save(Map<String, String> form) {
		MockHttpServletRequestBuilder request = post("/admin/clinic").with(SignedIn.as(this.admin)).with(csrf());
		form.forEach(request::param);
		return request;
	}

}
