package app.aftercare.patientlink;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.AccessLogged;
import app.aftercare.support.Fixtures;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real server with its access log on: opening a link, checking in, downloading the
 * calendar and mistyping the link leave no token in any log line.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@Import(Fixtures.class)
class TokenNeverLoggedTest {

	private static final Path accessLogs = AccessLogged.directory("aftercare-access-log");

	@LocalServerPort
	int port;

	AccessLogged http;

	@BeforeEach
	void overHttp() {
		this.http = new AccessLogged(this.port);
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Autowired
	PatientLinkService links;

	@Autowired
	Clock clock;

	@DynamicPropertySource
	static void accessLogOn(DynamicPropertyRegistry properties) {
		properties.add("server.tomcat.accesslog.enabled", () -> "true");
		properties.add("server.tomcat.accesslog.buffered", () -> "false");
		properties.add("server.tomcat.accesslog.directory", accessLogs::toString);
	}

	@Test
	void noTokenAppearsInTheConsoleOrTheAccessLog(CapturedOutput output) throws Exception {
		String token = aLinkToken();
		String mistyped = LinkLifeTest.unknownToken();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> page = browser.send(this.http.get("/p/" + token + "?from=qr"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		HttpResponse<String> checkIn = browser.send(
				this.http.post("/p/" + token + "/check-in",
						"_csrf=" + AccessLogged.csrfToken(page.body()) + "&symptoms=DIZZINESS&soreness=4"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(checkIn.statusCode()).isEqualTo(302);
		String confirmation = checkIn.headers().firstValue("Location").orElseThrow();
		assertThat(confirmation).endsWith("/p/" + token + "?checked-in=alerted");
		assertThat(browser
			.send(HttpRequest.newBuilder(this.http.uri("/p/" + token).resolve(confirmation)).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body()).contains("has been told");
		assertThat(browser.send(this.http.get("/p/" + token + "/calendar.ics"), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
		assertThat(browser.send(this.http.get("/p/" + mistyped), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
		HttpResponse<String> refused = browser.send(this.http.post("/p/" + token + "/check-in", "symptoms=NAUSEA"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain(token);
		HttpResponse<String> refusedPage = browser
			.send(HttpRequest.newBuilder(this.http.uri("/p/" + token + "/check-in"))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("symptoms=NAUSEA"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refusedPage.statusCode()).isEqualTo(403);
		assertThat(refusedPage.body()).contains("data-error=\"403\"")
			.contains("This page was open for too long")
			.doesNotContain(token);
		assertThat(refusedPage.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> AccessLogged.read(accessLogs).contains("\"POST /p/***/check-in HTTP/1.1\" 403"));
		String accessLog = AccessLogged.read(accessLogs);
		assertThat(accessLog).contains("\"GET /p/*** HTTP/1.1\" 200")
			.contains("\"POST /p/***/check-in HTTP/1.1\" 302")
			.contains("\"GET /p/***/calendar.ics HTTP/1.1\" 200")
			.contains("\"GET /p/*** HTTP/1.1\" 404")
			.doesNotContain(token)
			.doesNotContain(mistyped)
			.doesNotContain("from=qr");
		assertThat(output.getAll()).isNotEmpty().doesNotContain(token).doesNotContain(mistyped);
		assertThat(output.getAll()).doesNotContain(LinkTokens.hash(token));
	}

	private String aLinkToken() {
		String unique = UUID.randomUUID().toString();
		StaffMember physio = this.fixtures.clinicWithAdmin("Log Clinic", "owner-" + unique + "@logs.example");
		Patient patient = this.fixtures.patient(physio, "Lara", "Logless");
		Treatment treatment = this.treatments.log(physio.getClinic().getId(), physio.getId(), patient.getId(),
				new TreatmentDetails(this.clock.instant(), List.of(new TreatedArea(Area.NECK, null)), Intensity.LIGHT,
						false, null, Set.of(), null));
		String url = this.links
			.state(physio.getClinic().getId(), treatment.getId(),
					this.treatments.file(physio.getClinic().getId(), treatment.getId()).plan())
			.orElseThrow()
			.url();
		return url.substring(url.indexOf("/p/") + 3);
	}

	@AfterAll
	static void removeAccessLogs() throws IOException {
		FileSystemUtils.deleteRecursively(accessLogs);
	}

}
