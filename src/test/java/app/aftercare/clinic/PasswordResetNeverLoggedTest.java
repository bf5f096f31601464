package app.aftercare.clinic;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.outbox.OutboxWorker;
import app.aftercare.security.LinkSecret;
import app.aftercare.support.AccessLogged;
import app.aftercare.support.Fixtures;
import app.aftercare.support.Mailbox;
import app.aftercare.support.ServerIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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

	private static final Path accessLogs = AccessLogged.directory("aftercare-reset-access-log");

	private static final Mailbox mail = Mailbox.started();

	private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{43})");

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

		String ask = browser.send(this.http.get("/password-reset"), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(browser
			.send(this.http.post("/password-reset",
					"_csrf=" + AccessLogged.csrfToken(ask) + "&email=owner%40logs.example"),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(302);
		this.worker.runOnce();
		assertThat(mail.received()).hasSize(1);
		Matcher link = LINK.matcher(Mailbox.text(mail.received().get(0)));
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		HttpResponse<String> choose = browser.send(this.http.get("/password-reset/" + token + "?from=mail"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(choose.statusCode()).isEqualTo(200);
		assertThat(choose.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		HttpResponse<String> set = browser.send(this.http.post("/password-reset/" + token,
				"_csrf=" + AccessLogged.csrfToken(choose.body()) + "&password=" + "a+brand+new+sentence+of+mine"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(set.statusCode()).isEqualTo(302);
		HttpResponse<String> again = browser.send(this.http.get("/password-reset/" + token),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).doesNotContain(token);
		HttpResponse<String> refused = browser.send(this.http.post("/password-reset/" + token, "password=x"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain(token);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> AccessLogged.read(accessLogs).contains("\"POST /password-reset/*** HTTP/1.1\" 403"));
		assertThat(AccessLogged.read(accessLogs)).contains("\"GET /password-reset/*** HTTP/1.1\" 200")
			.contains("\"POST /password-reset/*** HTTP/1.1\" 302")
			.contains("\"GET /password-reset/*** HTTP/1.1\" 410")
			.doesNotContain(token)
			.doesNotContain("from=mail");
		assertThat(output.getAll()).isNotEmpty().doesNotContain(token).doesNotContain(LinkSecret.hash(token));
	}

	@AfterAll
	static void stopServers() throws IOException {
		mail.stop();
		FileSystemUtils.deleteRecursively(accessLogs);
	}

}
