package app.aftercare.patientlink;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.support.ServerIntegrationTest;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient page is the hot path every printed QR code lands on: opening it must not
 * create a server-side session. The check-in form's CSRF token lives in a cookie of the
 * patient path instead.
 */
@ServerIntegrationTest
@Import(Fixtures.class)
class PatientLinkSessionTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Autowired
	PatientLinkService links;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void openingALinkCreatesNoSessionAndTheCheckInTokenLivesInACookieOfThePatientPath() throws Exception {
		String url = aPatientLink("Harbour Physio", "owner@harbour.example");

		HttpResponse<String> opened = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(opened.statusCode()).isEqualTo(200);
		List<String> cookies = opened.headers().allValues("Set-Cookie");
		assertThat(cookies).noneMatch((cookie) -> cookie.startsWith("AFTERCARE_SESSION="));
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("AFTERCARE_CHECKIN=")
			.contains("Path=/p/", "HttpOnly", "SameSite=Strict"));
		assertThat(opened.headers().firstValue("Referrer-Policy")).contains("no-referrer");
	}

	@Test
	void checkingInCreatesNoSessionEitherAndTheNextPageConfirmsIt() throws Exception {
		String url = aPatientLink("Quay Physio", "owner@quay.example");
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> opened = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		String csrfCookie = opened.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("AFTERCARE_CHECKIN="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		String body = "_csrf=" + hidden(opened.body(), "_csrf") + "&submission=" + hidden(opened.body(), "submission")
				+ "&feelFine=true&soreness=1";
		Integer sessionsBefore = this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);

		HttpResponse<String> sent = client.send(HttpRequest.newBuilder(URI.create(url + "/check-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", csrfCookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().allValues("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith("AFTERCARE_SESSION="));
		String next = sent.headers().firstValue("Location").orElseThrow();
		assertThat(next).endsWith("?checked-in=sent");
		HttpResponse<String> confirmed = client.send(HttpRequest.newBuilder(URI.create(url).resolve(next)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(confirmed.body()).contains("data-checked-in");
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class))
			.isEqualTo(sessionsBefore);

		HttpResponse<String> forged = client.send(
				HttpRequest.newBuilder(URI.create(url + "?checked-in=%3Cb%3E")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(200);
		assertThat(forged.body()).doesNotContain("data-checked-in");
	}

	private String aPatientLink(String clinic, String owner) {
		StaffMember physio = this.fixtures.clinicWithAdmin(clinic, owner);
		Patient patient = this.fixtures.patient(physio, "Jane", "Doe");
		Long clinicId = physio.getClinic().getId();
		Treatment treatment = this.treatments.log(clinicId, physio.getId(), patient.getId(),
				new TreatmentDetails(this.clock.instant(), List.of(TreatedArea.of(Area.NECK)), Intensity.LIGHT, false,
						null, Set.of(), null));
		return this.links.state(clinicId, treatment.getId(), this.treatments.file(clinicId, treatment.getId()).plan())
			.orElseThrow()
			.url();
	}

	private static String hidden(String page, String name) {
		Matcher input = Pattern
			.compile("name=\"" + name + "\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"" + name + "\"")
			.matcher(page);
		assertThat(input.find()).as("hidden field " + name).isTrue();
		return (input.group(1) != null) ? input.group(1) : input.group(2);
	}

}
