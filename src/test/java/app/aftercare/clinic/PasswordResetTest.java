package app.aftercare.clinic;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.outbox.OutboxWorker;
import app.aftercare.security.Role;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.MutableClock;
import app.aftercare.support.SignedIn;
import app.aftercare.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Forgot password?" from the request to the new password, through the outbox and a real
 * SMTP server (GreenMail), with a clock the tests move.
 */
@IntegrationTest
@Import({ Fixtures.class, MutableClock.Configuration.class })
class PasswordResetTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/password-reset/([A-Za-z0-9_-]{43})");

	private static final String NEW_PASSWORD = "a brand new sentence of mine";

	private static final Mailbox mail = Mailbox.started();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

	@Autowired
	OutboxWorker worker;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	StaffMember admin;

	StaffMember physio;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		mail.configure(properties);
	}

	@AfterAll
	static void stopMailServer() {
		mail.stop();
	}

	@BeforeEach
	void anEmptyMailbox() {
		mail.empty();
	}

	@BeforeEach
	void aClinicWithAnAdminAndAPhysio() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.physio = this.staffService.add(this.admin.getClinic().getId(),
				new StaffService.NewStaffMember("Alex Physio", "alex@harbour.example", Fixtures.PASSWORD, Role.PHYSIO));
	}

	@Test
	void aForgottenPasswordIsResetByEmailAndEveryOldSessionEnds() throws Exception {
		MockHttpSession onTheDesk = SignedIn.byForm(this.mvc, "alex@harbour.example", Fixtures.PASSWORD);
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("href=\"/password-reset\"")))
			.andExpect(content().string(containsString("Forgot password?")));
		this.mvc.perform(get("/password-reset"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"email\">Email</label>")));

		ask("Alex@Harbour.example ", "198.51.100.1").andExpect(redirectedUrl("/password-reset?sent"));
		this.mvc.perform(get("/password-reset").param("sent", ""))
			.andExpect(content().string(containsString("If an account exists for that address, we have sent a link")));
		assertThat(mail.received()).isEmpty();

		this.worker.runOnce();

		MimeMessage email = onlyEmailTo("alex@harbour.example");
		assertThat(email.getSubject()).isEqualTo("Harbour Physio: choose a new password");
		String body = Mailbox.text(email);
		assertThat(body).contains("Hello Alex Physio").contains("United Kingdom time").doesNotContain("{0}");
		String token = tokenIn(body);
		assertThat(Mailbox.html(email)).contains("href=\"http://localhost:")
			.contains("/password-reset/" + token + "\"")
			.contains("Harbour Physio");

		this.mvc.perform(get("/password-reset/{token}", token))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("New password")));
		this.mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("message", "passwordReset.done"));

		this.mvc.perform(get("/patients").session(onTheDesk)).andExpect(redirectedUrl("/login?expired"));
		MockHttpSession fresh = SignedIn.byForm(this.mvc, "alex@harbour.example", NEW_PASSWORD);
		this.mvc.perform(get("/patients").session(fresh)).andExpect(status().isOk());
		this.mvc.perform(
				post("/login").with(csrf()).param("email", "alex@harbour.example").param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(auditActions(this.physio)).contains("PASSWORD_RESET_SENT", "PASSWORD_RESET");
	}

	@Test
	void aDoubleClickAsksForOneLinkAndAForgedHostNeverReachesTheEmail() throws Exception {
		String submission = java.util.UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/password-reset").with(csrf())
					.header("Host", "evil.example")
					.param("email", "alex@harbour.example")
					.param("submission", submission))
				.andExpect(redirectedUrl("/password-reset?sent"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from password_reset", Integer.class)).isOne();
		this.worker.runOnce();

		MimeMessage email = onlyEmailTo("alex@harbour.example");
		assertThat(Mailbox.text(email)).doesNotContain("evil.example");
		assertThat(Mailbox.html(email)).doesNotContain("evil.example");
		this.mvc.perform(get("/password-reset/{token}", tokenIn(Mailbox.text(email)))).andExpect(status().isOk());
	}

	@Test
	void aLinkWorksForThirtyMinutesAndNotAfter() throws Exception {
		String token = requestAndReceive("alex@harbour.example");
		this.clock.advance(Duration.ofMinutes(29));
		this.mvc.perform(get("/password-reset/{token}", token)).andExpect(status().isOk());

		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(get("/password-reset/{token}", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link no longer works")));
		this.mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(status().isGone());
		SignedIn.byForm(this.mvc, "alex@harbour.example", Fixtures.PASSWORD);
	}

	@Test
	void anEmailDueAfterTheLinkExpiredIsNotSent() throws Exception {
		ask("alex@harbour.example", "198.51.100.2");
		this.clock.advance(Duration.ofMinutes(31));
		this.worker.runOnce();
		assertThat(mail.received()).isEmpty();
	}

	@Test
	void aLinkWorksOnce() throws Exception {
		String token = requestAndReceive("alex@harbour.example");
		this.mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));

		this.mvc.perform(get("/password-reset/{token}", token)).andExpect(status().isGone());
		this.mvc
			.perform(post("/password-reset/{token}", token).with(csrf())
				.param("password", "yet another sentence, by an attacker"))
			.andExpect(status().isGone());
		SignedIn.byForm(this.mvc, "alex@harbour.example", NEW_PASSWORD);
	}

	@Test
	void aNewRequestReplacesTheOlderLinkAndOnlyTheNewestIsSent() throws Exception {
		ask("alex@harbour.example", "198.51.100.3");
		String first = token(this.physio);
		ask("alex@harbour.example", "198.51.100.3");
		this.worker.runOnce();

		String second = tokenIn(Mailbox.text(onlyEmailTo("alex@harbour.example")));
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get("/password-reset/{token}", first)).andExpect(status().isGone());
		this.mvc.perform(get("/password-reset/{token}", second)).andExpect(status().isOk());
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
		String known = ask("alex@harbour.example", "198.51.100.4").andReturn().getResponse().getRedirectedUrl();
		String unknown = ask("nobody@harbour.example", "198.51.100.4").andReturn().getResponse().getRedirectedUrl();
		assertThat(unknown).isEqualTo(known);
		this.worker.runOnce();

		assertThat(mail.received()).hasSize(1);
		assertThat(mail.received().get(0).getAllRecipients()[0].toString()).isEqualTo("alex@harbour.example");
		assertThat(
				this.jdbc.queryForObject("select count(*) from outbox where recipient like 'nobody%'", Integer.class))
			.isZero();
	}

	@Test
	void aDisabledAccountGetsNoEmailAndItsOpenLinkStopsWorking() throws Exception {
		ask("alex@harbour.example", "198.51.100.5");
		String open = token(this.physio);
		this.staffService.disable(this.admin.getClinic().getId(), this.admin.getId(), this.physio.getId());
		this.worker.runOnce();
		ask("alex@harbour.example", "198.51.100.5").andExpect(redirectedUrl("/password-reset?sent"));
		this.worker.runOnce();

		assertThat(mail.received()).isEmpty();
		this.mvc.perform(get("/password-reset/{token}", open)).andExpect(status().isGone());
		this.mvc.perform(post("/password-reset/{token}", open).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(status().isGone());
	}

	@Test
	void askingTooOftenForOneEmailOrFromOneAddressGetsTheTooManyRequestsPage() throws Exception {
		for (int i = 0; i < PasswordResetService.PER_EMAIL; i++) {
			ask("alex@harbour.example", "198.51.100." + (10 + i)).andExpect(status().isFound());
		}
		ask("ALEX@harbour.example", "198.51.100.99").andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many attempts")));

		for (int i = 0; i < PasswordResetService.PER_ADDRESS; i++) {
			ask("someone" + i + "@elsewhere.example", "203.0.113.7").andExpect(status().isFound());
		}
		ask("owner@harbour.example", "203.0.113.7").andExpect(status().isTooManyRequests());
		ask("owner@harbour.example", "203.0.113.8").andExpect(status().isFound());

		this.clock.advance(Duration.ofHours(1));
		ask("alex@harbour.example", "198.51.100.99").andExpect(status().isFound());
	}

	@Test
	void anAdminSendsAStaffMemberALinkFromTheStaffPage() throws Exception {
		this.mvc.perform(get("/admin/staff").with(SignedIn.as(this.admin)))
			.andExpect(content()
				.string(containsString("action=\"/admin/staff/" + this.physio.getId() + "/password-reset\"")))
			.andExpect(content().string(containsString("Send password reset")));

		this.mvc
			.perform(post("/admin/staff/{id}/password-reset", this.physio.getId()).with(SignedIn.as(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"))
			.andExpect(flash().attribute("message", "admin.staff.resetSent"));
		this.worker.runOnce();

		String token = tokenIn(Mailbox.text(onlyEmailTo("alex@harbour.example")));
		this.mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));
		SignedIn.byForm(this.mvc, "alex@harbour.example", NEW_PASSWORD);
		assertThat(this.jdbc.queryForList(
				"select actor_id from audit_event where action = 'PASSWORD_RESET_SENT' and record_id = ?", Long.class,
				this.physio.getId()))
			.containsExactly(this.admin.getId());
	}

	@Test
	void onlyAnAdminOfTheSameClinicSendsALink() throws Exception {
		StaffMember stranger = this.fixtures.clinicWithAdmin("Other Clinic", "owner@other.example");
		this.mvc
			.perform(post("/admin/staff/{id}/password-reset", this.admin.getId()).with(SignedIn.as(this.physio))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/staff/{id}/password-reset", this.physio.getId()).with(SignedIn.as(stranger))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/staff/{id}/password-reset", this.physio.getId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isForbidden());
		this.staffService.disable(this.admin.getClinic().getId(), this.admin.getId(), this.physio.getId());
		this.mvc
			.perform(post("/admin/staff/{id}/password-reset", this.physio.getId()).with(SignedIn.as(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"))
			.andExpect(flash().attribute("problem", "admin.staff.resetDisabled"));
		this.worker.runOnce();
		assertThat(mail.received()).isEmpty();
	}

	@Test
	void aNewPasswordFollowsThePasswordRulesAndAFailedAttemptKeepsTheLink() throws Exception {
		String token = requestAndReceive("alex@harbour.example");
		this.mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use between 12 and 128 characters.")));
		this.mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("too common")));
		this.mvc.perform(post("/password-reset/{token}", token).param("password", NEW_PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/password-reset/{token}", token).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void oddLinksAndOddInputGetAClearAnswerNeverAServerError() throws Exception {
		for (String token : List.of("x".repeat(5000), " ", "%00", "%FF%FE", "..", "<script>alert(1)", "A".repeat(43),
				"ñ".repeat(43), "a;b", "a.json")) {
			int get = this.mvc.perform(get("/password-reset/" + token)).andReturn().getResponse().getStatus();
			int post = this.mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", NEW_PASSWORD))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(get).as("GET " + token).isBetween(400, 499);
			assertThat(post).as("POST " + token).isBetween(400, 499);
		}
		assertThat(this.mvc.perform(get("/password-reset/a/b")).andReturn().getResponse().getStatus()).isLessThan(500);
		for (String email : List.of("", " ", "not an email", "a@b\u0000c.example", "x".repeat(300) + "@a.example")) {
			this.mvc.perform(post("/password-reset").with(csrf()).param("email", email))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("If an account exists"))));
		}
		this.mvc.perform(post("/password-reset").with(csrf())).andExpect(status().isOk());
		this.mvc.perform(post("/password-reset").param("email", "alex@harbour.example"))
			.andExpect(status().isForbidden());
		this.worker.runOnce();
		assertThat(mail.received()).isEmpty();
	}

	private ResultActions ask(String email, String address) throws Exception {
		MockHttpServletRequestBuilder request = post("/password-reset").with(csrf()).with((sent) -> {
			sent.setRemoteAddr(address);
			return sent;
		}).param("email", email);
		return this.mvc.perform(request);
	}

	private String requestAndReceive(String email) throws Exception {
		ask(email, "192.0.2.50").andExpect(redirectedUrl("/password-reset?sent"));
		this.worker.runOnce();
		return tokenIn(Mailbox.text(onlyEmailTo(email)));
	}

	/**
	 * The token the outbox would mail for the member's newest link, composed as the
	 * worker would.
	 */
	private String token(StaffMember member) {
		Long id = this.jdbc.queryForObject("select max(id) from password_reset where staff_id = ?", Long.class,
				member.getId());
		return this.resets.toSend(id, this.clock.instant()).orElseThrow().token();
	}

	@Autowired
	PasswordResetService resets;

	private MimeMessage onlyEmailTo(String recipient) throws Exception {
		List<MimeMessage> received = mail.received();
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo(recipient);
		return received.get(0);
	}

	private static String tokenIn(String body) {
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a password-reset link in " + body).isTrue();
		return link.group(1);
	}

	private List<String> auditActions(StaffMember member) {
		return this.jdbc.queryForList("select action from audit_event where record_id = ? and record_type = ?",
				String.class, member.getId(), "StaffMember");
	}

}
