package app.aftercare.web;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * QUALITY.md 11 and 14: security headers on every response, and an actuator that shows
 * only health, without details.
 */
@IntegrationTest
@Import(Fixtures.class)
class WebHardeningTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/setup", "/css/app.css", "/robots.txt", "/no/such/page", "/p/unknown-token",
			"/actuator/health" })
	void everyResponseCarriesAStrictContentSecurityPolicyAndNoSniff(String path) throws Exception {
		assertHardened(this.mvc.perform(get(path)).andReturn().getResponse());
	}

	@Test
	void theJsonApiAndItsErrorsCarryTheHeadersToo() throws Exception {
		assertHardened(this.mvc
			.perform(post("/api/v1/plans/preview").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andReturn()
			.getResponse());
	}

	@Test
	void theActuatorShowsOnlyHealthWithoutDetails() throws Exception {
		MockHttpServletResponse health = this.mvc.perform(get("/actuator/health")).andReturn().getResponse();
		assertThat(health.getStatus()).isEqualTo(200);
		assertThat(health.getContentAsString())
			.isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");

		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/mappings", "/actuator/loggers" }) {
			assertThat(this.mvc.perform(get(endpoint).with(SignedIn.as(admin))).andReturn().getResponse().getStatus())
				.as(endpoint)
				.isEqualTo(404);
		}
	}

	private static void assertHardened(MockHttpServletResponse response) {
		String policy = response.getHeader("Content-Security-Policy");
		assertThat(policy).isNotNull()
			.contains("script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

}
