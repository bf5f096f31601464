package app.aftercare.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.support.Fixtures;
import app.aftercare.support.ServerIntegrationTest;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session as a browser sees it, against the real web server: the cookie's attributes,
 * a new session id at login, the idle timeout, and sessions ended by logout and by
 * disabling the staff member.
 */
@ServerIntegrationTest
@Import(Fixtures.class)
class SessionCookieTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

	@Autowired
	ServerProperties serverProperties;

	@Autowired
	ServletWebServerApplicationContext context;

	StaffMember admin;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeEach
	void aClinicWithItsAdmin() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void theSessionCookieSetAtLoginIsHttpOnlyAndSameSiteLaxAndHasANewId() throws Exception {
		Browser browser = new Browser();
		String loginPage = browser.get("/login").body();
		String before = browser.sessionId;
		assertThat(before).isNotNull();

		HttpResponse<String> login = browser.post("/login", "email", "owner@harbour.example", "password",
				Fixtures.PASSWORD, "_csrf", csrf(loginPage));

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((url) -> assertThat(url).endsWith("/"));
		String cookie = sessionCookie(login);
		assertThat(cookie).startsWith("AFTERCARE_SESSION=")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax")
			.contains("; Path=/");
		assertThat(browser.sessionId).isNotEqualTo(before);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionEndsAfterThirtyMinutesIdle() {
		assertThat(this.serverProperties.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		Container[] contexts = server.getTomcat().getHost().findChildren();
		assertThat(contexts).hasSize(1);
		assertThat(((Context) contexts[0]).getSessionTimeout()).isEqualTo(30);
	}

	@Test
	void afterLogoutTheOldSessionCookieOpensNothing() throws Exception {
		Browser browser = new Browser();
		browser.logIn("owner@harbour.example");
		String dashboard = browser.get("/").body();
		String loggedIn = browser.sessionId;

		assertThat(browser.post("/logout", "_csrf", csrf(dashboard)).statusCode()).isEqualTo(302);

		Browser stale = new Browser();
		stale.sessionId = loggedIn;
		HttpResponse<String> after = stale.get("/");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/login?expired"));
	}

	@Test
	void disablingAStaffMemberEndsTheirSessionOnTheRealServer() throws Exception {
		StaffMember physio = this.staffService.add(this.admin.getClinic().getId(), new StaffService.NewStaffMember(
				"Alex Physio", "alex.server@harbour.example", Fixtures.PASSWORD, Role.PHYSIO));
		Browser browser = new Browser();
		browser.logIn("alex.server@harbour.example");
		assertThat(browser.get("/patients").statusCode()).isEqualTo(200);

		this.staffService.disable(this.admin.getClinic().getId(), this.admin.getId(), physio.getId());

		HttpResponse<String> next = browser.get("/patients");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/login?expired"));
		assertThat(browser.get("/patients").statusCode()).isEqualTo(302);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("AFTERCARE_SESSION="))
			.toList();
		assertThat(cookies).as("session cookies set").hasSize(1);
		return cookies.get(0);
	}

	/**
	 * Just enough of a browser: remembers the session cookie.
	 */
	private final class Browser {

		String sessionId;

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(request(path).GET().build());
		}

		HttpResponse<String> post(String path, String... nameValues) throws IOException, InterruptedException {
			StringBuilder form = new StringBuilder();
			for (int i = 0; i < nameValues.length; i += 2) {
				if (!form.isEmpty()) {
					form.append('&');
				}
				form.append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
			}
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
				.build());
		}

		void logIn(String email) throws IOException, InterruptedException {
			String page = get("/login").body();
			HttpResponse<String> login = post("/login", "email", email, "password", Fixtures.PASSWORD, "_csrf",
					csrf(page));
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location"))
				.hasValueSatisfying((url) -> assertThat(url).endsWith("/"));
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder builder = HttpRequest
				.newBuilder(URI.create("http://localhost:" + SessionCookieTest.this.port + path))
				.timeout(Duration.ofSeconds(10));
			if (this.sessionId != null) {
				builder.header("Cookie", "AFTERCARE_SESSION=" + this.sessionId);
			}
			return builder;
		}

		private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			HttpResponse<String> response = SessionCookieTest.this.http.send(request,
					HttpResponse.BodyHandlers.ofString());
			response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((cookie) -> cookie.startsWith("AFTERCARE_SESSION="))
				.findFirst()
				.ifPresent((cookie) -> this.sessionId = cookie.substring("AFTERCARE_SESSION=".length(),
						cookie.indexOf(';')));
			return response;
		}

	}

}
