package app.aftercare.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.security.Role;
import app.aftercare.support.Fixtures;
import app.aftercare.support.ServerIntegrationTest;
import app.aftercare.support.StaticFiles;
import app.aftercare.web.RawHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY 14 and 26 on a real server: what Tomcat refuses (undecodable parameters, too
 * many of them, a body over the limit, a request target it will not parse) and what the
 * security filters refuse (403, 429) gets the app's own error page for its area with the
 * security headers, and leaves no stack trace and no link token in the log.
 */
@ServerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@Import(Fixtures.class)
class EdgeRequestsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("AFTERCARE_SESSION=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staff;

	RawHttp http;

	String token;

	int logFrom;

	@BeforeEach
	void aServer(CapturedOutput output) {
		this.http = new RawHttp(this.port);
		this.token = aTokenShapedString();
		this.logFrom = output.getAll().length();
	}

	@Test
	void undecodableParametersAreA400PageOnEveryArea(CapturedOutput output) {
		assertStaffPage(this.http.get("/login?a=%zz"), 400);
		assertStaffPage(this.http.get("/patients?a=%zz"), 400);
		assertStaffPage(this.http.get("/patients?q=%00"), 302);
		assertStaffPage(this.http.postForm("/login", "email=a%zz&password=x"), 400);
		assertStaffPage(this.http.postForm("/api/v1/plans/preview?a=%zz", "{}"), 400);
		assertPatientPage(this.http.get("/p/" + this.token + "?a=%zz"), 400);
		assertPatientPage(this.http.postForm("/p/" + this.token + "/check-in", "symptoms=%zz"), 400);
		assertCleanLog(output);
	}

	@Test
	void tooManyParametersOrTooBigABodyIsA4xxPage(CapturedOutput output) {
		String many = "a" + "&a".repeat(1_001);
		assertStaffPage(this.http.get("/login?" + many), 400);
		assertStaffPage(this.http.postForm("/login", many), 400);
		assertPatientPage(this.http.postForm("/p/" + this.token + "/check-in", many), 400);
		String huge = "notes=" + "x".repeat(3 * 1024 * 1024);
		assertThat(this.http.postForm("/login", huge).status()).isEqualTo(413);
		Answer patientHuge = this.http.postForm("/p/" + this.token + "/check-in", huge);
		assertPatientPage(patientHuge, 413);
		assertCleanLog(output);
	}

	@Test
	void requestTargetsTomcatRefusesGetAPlainPageWithTheHeaders(CapturedOutput output) {
		for (String target : new String[] { "/%2e%2e/x", "/p/" + this.token + "/x{y}", "/p/" + this.token + "/%2e%2e/",
				"/a|b", "/p/" + this.token + "/\u0001" }) {
			Answer refused = this.http.get(target);
			assertThat(refused.status()).as(target).isEqualTo(400);
			assertHeaders(refused);
			assertThat(refused.header("Referrer-Policy")).as(target).isEqualTo("no-referrer");
			assertThat(refused.body()).as(target)
				.contains("data-error=")
				.doesNotContainIgnoringCase("tomcat")
				.doesNotContain(this.token)
				.doesNotContain("Invalid character");
		}
		assertCleanLog(output);
	}

	@Test
	void securityRefusalsGetTheStaffErrorPages(CapturedOutput output) {
		StaffMember admin = this.fixtures.clinicWithAdmin("Edge Clinic", "owner@edge.example");
		this.staff.add(admin.getClinic().getId(),
				new StaffService.NewStaffMember("Pat Physio", "physio@edge.example", Fixtures.PASSWORD, Role.PHYSIO));
		String session = logIn("physio@edge.example", Fixtures.PASSWORD);
		assertStaffPage(this.http.get("/admin/staff", "Cookie: AFTERCARE_SESSION=" + session), 403);

		assertStaffPage(this.http.postForm("/login", "email=x%40edge.example&password=nope"), 403);

		Answer throttled = null;
		for (int i = 0; i < 30 && (throttled == null || throttled.status() != 429); i++) {
			throttled = failedLogIn("owner@edge.example");
		}
		assertStaffPage(throttled, 429);
		assertCleanLog(output);
	}

	private String logIn(String email, String password) {
		Answer form = this.http.get("/login");
		String session = cookie(form);
		Answer done = this.http.postForm("/login", "email=" + email.replace("@", "%40") + "&password="
				+ password.replace(" ", "+") + "&_csrf=" + csrf(form), "Cookie: AFTERCARE_SESSION=" + session);
		assertThat(done.status()).isEqualTo(302);
		return cookie(done);
	}

	private Answer failedLogIn(String email) {
		Answer form = this.http.get("/login");
		return this.http.postForm("/login",
				"email=" + email.replace("@", "%40") + "&password=wrong+password+here&_csrf=" + csrf(form),
				"Cookie: AFTERCARE_SESSION=" + cookie(form));
	}

	private static String csrf(Answer page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token").isTrue();
		return token.group(1);
	}

	private static String cookie(Answer answer) {
		Matcher session = SESSION.matcher(String.valueOf(answer.header("Set-Cookie")));
		assertThat(session.find()).as("a session cookie").isTrue();
		return session.group(1);
	}

	private static void assertStaffPage(Answer answer, int status) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertHeaders(answer);
		if (status >= 400) {
			assertThat(answer.body()).contains("data-error=\"" + ((status == 413) ? "4xx" : status) + "\"")
				.contains("href=\"" + StaticFiles.hashed("/css/app.css") + "\"")
				.doesNotContainIgnoringCase("tomcat");
		}
	}

	private void assertPatientPage(Answer answer, int status) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertHeaders(answer);
		assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
		assertThat(answer.body()).contains(StaticFiles.hashed("/css/patient.css"))
			.contains("data-error=")
			.doesNotContain(this.token)
			.doesNotContainIgnoringCase("tomcat");
	}

	private static void assertHeaders(Answer answer) {
		assertThat(answer.header("Content-Security-Policy")).as(answer.toString())
			.isNotNull()
			.contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private void assertCleanLog(CapturedOutput output) {
		assertThat(output.getAll().substring(this.logFrom)).doesNotContain(this.token)
			.doesNotContain(" ERROR ")
			.doesNotContain("\tat org.apache")
			.doesNotContain("Exception:");
	}

	static String aTokenShapedString() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
