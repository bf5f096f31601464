package app.aftercare.clinic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.aftercare.outbox.OutboxWorker;
import app.aftercare.security.LinkSecret;
import app.aftercare.support.Fixtures;
import app.aftercare.support.Mailbox;
import app.aftercare.support.ServerIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
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
 * A real server with its access log on and a real SMTP server: asking for a link,
 * receiving it, opening it, setting a password with it and opening it again leave no
 * token in any log line.
 */
@ServerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@Import(Fixtures.class)
class PasswordResetNeverLoggedTest {

	private static final Path accessLogs = temporaryDirectory();

	private static final Mailbox mail = Mailbox.started();

	private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OutboxWorker worker;

	@DynamicPropertySource
	static void accessLogAndMailServer(DynamicPropertyRegistry properties) {
		properties.add("server.tomcat.accesslog.enabled", () -> "true");
		properties.add("server.tomcat.accesslog.buffered", () -> "false");
		properties.add("server.tomcat.accesslog.directory", accessLogs::toString);
		mail.configure(properties);
	}

	@Test
	void noResetTokenAppearsInTheConsoleOrTheAccessLog(CapturedOutput output) throws Exception {
		this.fixtures.clinicWithAdmin("Log Clinic", "owner@logs.example");
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		String ask = browser.send(get("/password-reset"), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(browser
			.send(post("/password-reset", "_csrf=" + encode(csrfToken(ask)) + "&email=owner%40logs.example"),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(302);
		this.worker.runOnce();
		assertThat(mail.received()).hasSize(1);
		Matcher link = LINK.matcher(Mailbox.text(mail.received().get(0)));
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		HttpResponse<String> choose = browser.send(get("/password-reset/" + token + "?from=mail"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(choose.statusCode()).isEqualTo(200);
		assertThat(choose.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		HttpResponse<String> set = browser.send(post("/password-reset/" + token,
				"_csrf=" + encode(csrfToken(choose.body())) + "&password=" + encode("a brand new sentence of mine")),
				HttpResponse.BodyHandlers.ofString());
		assertThat(set.statusCode()).isEqualTo(302);
		HttpResponse<String> again = browser.send(get("/password-reset/" + token),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).doesNotContain(token);
		HttpResponse<String> refused = browser.send(post("/password-reset/" + token, "password=x"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain(token);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> accessLog().contains("\"POST /password-reset/*** HTTP/1.1\" 403"));
		assertThat(accessLog()).contains("\"GET /password-reset/*** HTTP/1.1\" 200")
			.contains("\"POST /password-reset/*** HTTP/1.1\" 302")
			.contains("\"GET /password-reset/*** HTTP/1.1\" 410")
			.doesNotContain(token)
			.doesNotContain("from=mail");
		assertThat(output.getAll()).isNotEmpty().doesNotContain(token).doesNotContain(LinkSecret.hash(token));
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfToken(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).as("a CSRF token in the form").isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String accessLog() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.list(accessLogs)) {
			for (Path file : files.toList()) {
				all.append(Files.readString(file));
			}
		}
		return all.toString();
	}

	@AfterAll
	static void stopServers() throws IOException {
		mail.stop();
		FileSystemUtils.deleteRecursively(accessLogs);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("aftercare-reset-access-log");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
