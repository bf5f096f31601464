package app.aftercare.patientlink;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class LinkLifeTest {

	private static final SecureRandom random = new SecureRandom();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	PatientSide side;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithAPatient() {
		this.side = new PatientSide(this.mvc, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
	}

	@Test
	void unknownMalformedExpiredAndRevokedTokensGetTheSame404Page() throws Exception {
		Long expired = this.side.logTreatment(this.physio, this.patient, this.side.now().minusDays(29), "CALF",
				"LIGHT");
		String expiredToken = this.side.tokenOf(this.physio, expired);
		Long reissued = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String revokedToken = this.side.tokenOf(this.physio, reissued);
		this.mvc.perform(post("/treatments/{id}/link", reissued).with(SignedIn.as(this.physio)).with(csrf()))
			.andExpect(status().isFound());
		String validToken = this.side.tokenOf(this.physio, reissued);
		assertThat(validToken).isNotEqualTo(revokedToken);
		RequestPostProcessor from = from("198.51.100.11");

		List<String> bodies = new ArrayList<>();
		for (String token : List.of(unknownToken(), "not-a-token", "x".repeat(300), "<script>alert(1)", expiredToken,
				revokedToken)) {
			bodies.add(notFound(get("/p/{token}", token).with(from)));
			bodies.add(notFound(get("/p/{token}/calendar.ics", token).with(from)));
			bodies.add(notFound(PatientSide.checkInRequest(token, "symptoms", "DIZZINESS").with(csrf()).with(from)));
		}
		bodies.add(notFound(get("/p/").with(from)));
		bodies.add(notFound(get("/p/{token}/anything/else", validToken).with(from)));

		assertThat(bodies).allSatisfy((body) -> assertThat(body).isEqualTo(bodies.get(0)));
		assertThat(bodies.get(0)).contains("data-error=\"404\"")
			.contains("This link does not work")
			.contains("class=\"patient-bar\"")
			.doesNotContain("Jane")
			.doesNotContain("Harbour Physio")
			.doesNotContain("class=\"topbar\"");
		this.side.page(validToken);
	}

	@Test
	void aLinkWorksUntilFourteenDaysAfterTreatmentForAQuickPlan() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now().minusDays(13), "CALF", "LIGHT");

		assertThat(this.side.page(this.side.tokenOf(this.physio, id))).contains("data-status=\"FULL_TRAINING_OK\"");
	}

	@Test
	void the404PageSpeaksTheBrowsersLanguageSinceNobodyIsKnown() throws Exception {
		String body = notFound(get("/p/{token}", unknownToken()).header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES")
			.with(from("198.51.100.12")));

		assertThat(body).contains("<html lang=\"es\"").contains("Este enlace no funciona");
	}

	@Test
	void everyPatientAnswerIsPrivateUncachedAndUnindexed() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		RequestPostProcessor from = from("198.51.100.13");

		List<MockHttpServletResponse> responses = List.of(answer(get("/p/{token}", token).with(from), 200),
				answer(PatientSide.checkInRequest(token, "soreness", "3").with(csrf()).with(from), 302),
				answer(PatientSide.checkInRequest(token, "soreness", "12").with(csrf()).with(from), 400),
				answer(get("/p/{token}/calendar.ics", token).with(from), 200),
				answer(get("/p/{token}", unknownToken()).with(from), 404),
				answer(get("/p/{token}/calendar.ics", "nonsense").with(from), 404));

		for (MockHttpServletResponse response : responses) {
			assertThat(response.getHeaders("Referrer-Policy")).containsExactly("no-referrer");
			assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
			assertThat(response.getHeaders("X-Robots-Tag")).containsExactly("noindex");
		}
		assertThat(answer(get("/login"), 200).getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void robotsAreToldToKeepOutOfPatientLinks() throws Exception {
		String robots = answer(get("/robots.txt"), 200).getContentAsString();

		assertThat(robots.lines()).contains("User-agent: *", "Disallow: /p/");
	}

	@Test
	void anAddressGuessingTokensIsThrottledAfterThirtyMissesInAMinute() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		RequestPostProcessor guesser = from("203.0.113.77");
		for (int i = 0; i < TokenGuessing.MAX_MISSES; i++) {
			answer(get("/p/{token}", unknownToken()).with(guesser), 404);
		}

		String body = answer(get("/p/{token}", unknownToken()).with(guesser), 429).getContentAsString();
		answer(get("/p/{token}", token).with(guesser), 429);
		answer(get("/p/{token}/calendar.ics", token).with(guesser), 429);
		answer(get("/p/{token}", "not-a-token").with(guesser), 429);
		answer(post("/p/{token}/check-in", token).with(csrf()).param("feelFine", "true").with(guesser), 429);

		assertThat(body).contains("data-error=\"429\"").contains("Too many attempts").contains("patient-bar");
		answer(get("/p/{token}", token).with(from("203.0.113.78")), 200);
	}

	@Test
	void openingAValidLinkOftenIsNotGuessing() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		RequestPostProcessor patient = from("203.0.113.79");
		for (int i = 0; i < TokenGuessing.MAX_MISSES + 5; i++) {
			answer(get("/p/{token}", token).with(patient), 200);
		}

		answer(get("/p/{token}", unknownToken()).with(patient), 404);
	}

	private String notFound(MockHttpServletRequestBuilder request) throws Exception {
		return answer(request, 404).getContentAsString();
	}

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse();
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * Well formed, as long as a real token, and leading nowhere.
	 */
	static String unknownToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
