package app.aftercare.clinic;

import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * By default ({@code aftercare.registration-open=false}) nobody can sign a clinic up.
 */
@IntegrationTest
@Import(Fixtures.class)
class RegistrationClosedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void registerIsNotFoundByDefault() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.mvc.perform(get("/register")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/register").with(csrf())
				.param("clinicName", "Hill Physio")
				.param("timeZone", "Europe/Madrid")
				.param("name", "Hana Hill")
				.param("email", "hill@physio.example")
				.param("password", "a long enough passphrase"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from clinic", Integer.class)).isOne();
	}

}
