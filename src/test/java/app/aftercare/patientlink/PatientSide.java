package app.aftercare.patientlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.SignedIn;
import app.aftercare.web.Times;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The two sides of a link in tests: staff log a treatment and read its printed link, the
 * patient opens it and checks in. The clinic is in Europe/London, as
 * {@code Fixtures.clinicWithAdmin} makes it.
 */
final class PatientSide {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final MockMvc mvc;

	private final Clock clock;

	PatientSide(MockMvc mvc, Clock clock) {
		this.mvc = mvc;
		this.clock = clock;
	}

	/**
	 * Now in the clinic's zone, to the minute, as the treatment form takes it.
	 */
	LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
	}

	Long logTreatment(StaffMember physio, Patient patient, LocalDateTime treatedAt, String area, String intensity)
			throws Exception {
		MvcResult result = this.mvc
			.perform(post("/patients/{id}/treatments", patient.getId()).with(SignedIn.as(physio))
				.with(csrf())
				.param("treatedAt", FORM_TIME.format(treatedAt))
				.param("areas", area)
				.param("intensity", intensity))
			.andExpect(status().isFound())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/treatments/\\d+");
		return Long.valueOf(location.replace("/treatments/", ""));
	}

	/**
	 * The token of the link printed on the treatment page.
	 */
	String tokenOf(StaffMember physio, Long treatmentId) throws Exception {
		String page = treatmentPage(physio, treatmentId);
		Matcher link = Pattern.compile("http://localhost:\\d+/p/([^\"<]+)").matcher(page);
		assertThat(link.find()).as("a patient link on the treatment page").isTrue();
		return link.group(1);
	}

	String treatmentPage(StaffMember physio, Long treatmentId) throws Exception {
		return this.mvc.perform(get("/treatments/{id}", treatmentId).with(SignedIn.as(physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String dashboard(StaffMember staff) throws Exception {
		return this.mvc.perform(get("/").with(SignedIn.as(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The patient page as the patient sees it.
	 */
	String page(String token) throws Exception {
		return this.mvc.perform(get("/p/{token}", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The value of the hidden field {@code name} of a page.
	 */
	static String hidden(String page, String name) {
		Matcher input = Pattern
			.compile("name=\"" + name + "\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"" + name + "\"")
			.matcher(page);
		assertThat(input.find()).as("hidden field " + name).isTrue();
		return (input.group(1) != null) ? input.group(1) : input.group(2);
	}

	/**
	 * A check-in with a CSRF token, as the page's form sends it; params are name, value
	 * pairs.
	 */
	ResultActions checkIn(String token, String... params) throws Exception {
		return this.mvc.perform(checkInRequest(token, params).with(csrf()));
	}

	static MockHttpServletRequestBuilder checkInRequest(String token, String... params) {
		MockHttpServletRequestBuilder request = post("/p/{token}/check-in", token);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	/**
	 * The instant that many hours after a treatment, as a page writes it in
	 * {@code <time datetime>}: elapsed time, whatever the clocks do in between.
	 */
	static String isoHoursAfter(LocalDateTime treatedAt, int hours) {
		return Times.iso(treatedAt.atZone(LONDON).toInstant().plus(Duration.ofHours(hours)), LONDON);
	}

	static Instant instantHoursAfter(LocalDateTime treatedAt, int hours) {
		return treatedAt.atZone(LONDON).toInstant().plus(Duration.ofHours(hours));
	}

}
