package app.aftercare.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.AftercareApplication;
import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances, each with its own server, on one PostgreSQL (QUALITY 30,
 * SPEC "Several instances"): a session from one is accepted by the other, disabling on
 * one ends the session on the other, the throttles count across both, a link made on one
 * opens on the other, and a form submitted to both makes one record.
 */
class TwoInstancesTest {

	static final String PASSWORD = "correct horse battery";

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	StaffMember admin;

	@BeforeAll
	static void startTwoInstances() {
		a = start();
		b = start();
	}

	@AfterAll
	static void stop() {
		b.close();
		a.close();
	}

	static ConfigurableApplicationContext start() {
		TestDatabase.Connection database = TestDatabase.connection();
		return new SpringApplicationBuilder(AftercareApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password());
	}

	@BeforeEach
	void aClinic() {
		JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
		jdbc.execute("truncate table throttle_window, spring_session cascade");
		String email = "owner-" + UUID.randomUUID() + "@two.example";
		this.admin = a.getBean(ClinicService.class)
			.register(new ClinicService.NewClinic("Two Instances Physio", ZoneId.of("Europe/London"), "Owner", email,
					PASSWORD));
	}

	@Test
	void aSessionFromOneInstanceIsAcceptedByTheOtherUntilDisablingOnEitherEndsItOnBoth() throws Exception {
		StaffMember physio = a.getBean(StaffService.class)
			.add(this.admin.getClinic().getId(), new StaffService.NewStaffMember("Alex",
					"alex-" + UUID.randomUUID() + "@two.example", PASSWORD, app.aftercare.security.Role.PHYSIO));
		Browser browser = new Browser();
		browser.logIn(a, physio.getEmail());

		assertThat(browser.get(b, "/patients").statusCode()).isEqualTo(200);
		assertThat(browser.get(a, "/patients").statusCode()).isEqualTo(200);

		a.getBean(StaffService.class).disable(this.admin.getClinic().getId(), this.admin.getId(), physio.getId());

		HttpResponse<String> onB = browser.get(b, "/patients");
		assertThat(onB.statusCode()).isEqualTo(302);
		assertThat(onB.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).contains("/login"));
	}

	@Test
	void loginFailuresCountAcrossInstances() throws Exception {
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
			Browser guesser = new Browser();
			assertThat(guesser.tryLogIn((i % 2 == 0) ? a : b, this.admin.getEmail(), "guess " + i).statusCode())
				.isEqualTo(302);
		}
		assertThat(new Browser().tryLogIn(a, this.admin.getEmail(), "one more").statusCode()).isEqualTo(429);
		assertThat(new Browser().tryLogIn(b, this.admin.getEmail(), "one more").statusCode()).isEqualTo(429);
	}

	@Test
	void linkMissesCountAcrossInstancesAndALinkMadeOnOneOpensOnTheOther() throws Exception {
		Browser staff = new Browser();
		staff.logIn(a, this.admin.getEmail());
		String patientForm = staff.get(a, "/patients/new").body();
		HttpResponse<String> created = staff.post(a, "/patients", "_csrf", csrf(patientForm), "firstName", "Ana",
				"lastName", "López", "preferredLanguage", "en");
		String patientPath = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		String treatmentForm = staff.get(a, patientPath + "/treatments/new").body();
		HttpResponse<String> logged = staff.post(a, patientPath + "/treatments", "_csrf", csrf(treatmentForm),
				"treatedAt",
				java.time.LocalDateTime.now(ZoneId.of("Europe/London")).withSecond(0).withNano(0).toString(), "areas",
				"NECK", "intensity", "LIGHT");
		String treatmentPath = logged.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		Matcher link = Pattern.compile("/p/([A-Za-z0-9_-]{43})").matcher(staff.get(a, treatmentPath).body());
		assertThat(link.find()).as("a patient link on the treatment page made by A").isTrue();

		Browser patient = new Browser();
		assertThat(patient.get(b, "/p/" + link.group(1)).statusCode()).isEqualTo(200);

		Browser guesser = new Browser();
		for (int i = 0; i < 30; i++) {
			String unknown = "x".repeat(42) + (char) ('A' + (i % 26));
			assertThat(guesser.get((i % 2 == 0) ? a : b, "/p/" + unknown).statusCode()).isEqualTo(404);
		}
		assertThat(guesser.get(a, "/p/" + "y".repeat(43)).statusCode()).isEqualTo(429);
		assertThat(guesser.get(b, "/p/" + link.group(1)).statusCode()).isEqualTo(429);
	}

	@Test
	void oneFormSubmittedToBothInstancesMakesOneRecord() throws Exception {
		Browser staff = new Browser();
		staff.logIn(a, this.admin.getEmail());
		String form = staff.get(a, "/patients/new").body();
		Matcher key = Pattern
			.compile("name=\"submission\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"submission\"")
			.matcher(form);
		assertThat(key.find()).as("the form carries a submission key").isTrue();
		String submission = (key.group(1) != null) ? key.group(1) : key.group(2);
		String[] fields = { "_csrf", csrf(form), "submission", submission, "firstName", "Twice", "lastName", "Sent",
				"preferredLanguage", "en" };

		HttpResponse<String> first = staff.post(a, "/patients", fields);
		HttpResponse<String> second = staff.post(b, "/patients", fields);

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(path(second)).isEqualTo(path(first)).matches("/patients/\\d+");
		assertThat(a.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from patient where first_name = 'Twice' and clinic_id = ?", Integer.class,
					this.admin.getClinic().getId()))
			.isOne();
	}

	static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
			.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	/**
	 * A browser that keeps the session cookie, whichever instance set it.
	 */
	static final class Browser {

		private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		String sessionId;

		void logIn(ConfigurableApplicationContext instance, String email) throws Exception {
			HttpResponse<String> response = tryLogIn(instance, email, PASSWORD);
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((url) -> assertThat(url).doesNotContain("error"));
		}

		HttpResponse<String> tryLogIn(ConfigurableApplicationContext instance, String email, String password)
				throws Exception {
			String page = get(instance, "/login").body();
			return post(instance, "/login", "_csrf", csrf(page), "email", email, "password", password);
		}

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
			return send(HttpRequest.newBuilder(uri(instance, path)).GET());
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String... fields)
				throws Exception {
			StringBuilder body = new StringBuilder();
			for (int i = 0; i < fields.length; i += 2) {
				body.append((i == 0) ? "" : "&")
					.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
			}
			return send(HttpRequest.newBuilder(uri(instance, path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			if (this.sessionId != null) {
				request.header("Cookie", "AFTERCARE_SESSION=" + this.sessionId);
			}
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				if (cookie.startsWith("AFTERCARE_SESSION=")) {
					this.sessionId = cookie.substring("AFTERCARE_SESSION=".length(), cookie.indexOf(';'));
				}
			}
			return response;
		}

		private static URI uri(ConfigurableApplicationContext instance, String path) {
			return URI.create("http://localhost:" + port(instance) + path);
		}

	}

	static String path(HttpResponse<String> redirect) {
		return redirect.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
	}

}
