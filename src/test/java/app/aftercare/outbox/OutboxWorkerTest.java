package app.aftercare.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker against a real SMTP server (GreenMail) and PostgreSQL. Each test builds its
 * own workers, with a composer of its own, a clock it moves and a mail sender pointed at
 * GreenMail, and runs their cycles itself.
 */
@IntegrationTest
@Import(Fixtures.class)
class OutboxWorkerTest {

	static final Instant START = Instant.parse("2026-05-12T09:00:00Z");

	@Autowired
	Outbox outbox;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Environment environment;

	final MutableClock clock = new MutableClock(START);

	final TestComposer composer = new TestComposer();

	GreenMail greenMail;

	long clinicId;

	@BeforeEach
	void aClinicAndAMailServer() {
		this.clinicId = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example").getClinic().getId();
		this.greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		this.greenMail.start();
	}

	@AfterEach
	void stopTheMailServer() {
		this.greenMail.stop();
	}

	@Test
	void aDueMessageIsSentAndMarkedSentAndALaterOneWaitsForItsTime() throws Exception {
		queue("jane@home.example", START);
		queue("later@home.example", START.plus(Duration.ofHours(1)));
		OutboxWorker worker = worker(mailServer());

		assertThat(worker.runOnce()).isEqualTo(1);

		MimeMessage[] received = this.greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0]).hasToString("jane@home.example");
		assertThat(received[0].getFrom()[0]).hasToString("Aftercare <aftercare@clinic.example>");
		assertThat(received[0].getSubject()).isEqualTo("Message for jane@home.example");
		assertThat(GreenMailUtil.getBody(received[0])).contains("Hello from the outbox");
		assertThat(received[0].getHeader("X-Test")).containsExactly("yes");
		assertThat(row("jane@home.example")).isEqualTo("SENT 1 " + START + " null");
		assertThat(row("later@home.example")).isEqualTo("QUEUED 0 null null");

		this.clock.advance(Duration.ofHours(1));
		assertThat(worker.runOnce()).isEqualTo(1);
		assertThat(this.greenMail.getReceivedMessages()).hasSize(2);
		assertThat(worker.runOnce()).isZero();
		assertThat(this.greenMail.getReceivedMessages()).hasSize(2);
	}

	@Test
	void aFailedSendIsRetriedWithABackOffThatDoublesAndThenSent() throws Exception {
		queue("jane@home.example", START);
		OutboxWorker worker = worker(mailServer());
		int port = this.greenMail.getSmtp().getPort();
		this.greenMail.stop();

		assertThat(worker.runOnce()).isEqualTo(1);
		assertThat(nextAttempt("jane@home.example")).isEqualTo(START.plusSeconds(30));
		assertThat(row("jane@home.example")).startsWith("QUEUED 1 null ").contains("MailSendException");
		assertThat(worker.runOnce()).as("not due again before its back-off").isZero();

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(worker.runOnce()).isEqualTo(1);
		assertThat(nextAttempt("jane@home.example")).isEqualTo(START.plusSeconds(30 + 60));
		assertThat(row("jane@home.example")).startsWith("QUEUED 2 null ");

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(worker.runOnce()).isZero();
		this.greenMail = new GreenMail(ServerSetupTest.SMTP.port(port));
		this.greenMail.start();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(worker.runOnce()).isEqualTo(1);

		assertThat(this.greenMail.getReceivedMessages()).hasSize(1);
		assertThat(row("jane@home.example")).isEqualTo("SENT 3 " + START.plusSeconds(90) + " null");
	}

	@Test
	void aMessageNotSentWithin24HoursFailsForGoodWithItsLastError() {
		queue("jane@home.example", START);
		OutboxWorker worker = worker(mailServer());
		this.greenMail.stop();

		int cycles = 0;
		while (status("jane@home.example").equals("QUEUED") && cycles++ < 100) {
			assertThat(worker.runOnce()).isEqualTo(1);
			Instant next = nextAttempt("jane@home.example");
			assertThat(Duration.between(this.clock.instant(), next)).isLessThanOrEqualTo(OutboxWorker.LONGEST_RETRY);
			this.clock.set(next);
		}

		assertThat(status("jane@home.example")).isEqualTo("FAILED");
		assertThat(this.clock.instant()).isBeforeOrEqualTo(START.plus(Duration.ofHours(24)));
		int attempts = this.jdbc.queryForObject("select attempts from outbox", Integer.class);
		assertThat(attempts).isBetween(20, 40);
		assertThat(this.jdbc.queryForObject("select last_error from outbox", String.class))
			.contains("MailSendException")
			.doesNotContain("jane@home.example");
		this.clock.advance(Duration.ofHours(2));
		assertThat(worker.runOnce()).isZero();
	}

	@Test
	void twoWorkersOnOneDatabaseSendEachOfFiftyMessagesOnce() throws Exception {
		for (int i = 0; i < 50; i++) {
			queue("patient" + i + "@home.example", START);
		}
		List<OutboxWorker> workers = List.of(worker(mailServer(), 5), worker(mailServer(), 5));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (OutboxWorker worker : workers) {
				sent.add(threads.submit(() -> {
					start.await();
					int total = 0;
					for (int handled = worker.runOnce(); handled > 0; handled = worker.runOnce()) {
						total += handled;
					}
					return total;
				}));
			}
			start.countDown();
			int total = 0;
			for (Future<Integer> each : sent) {
				total += each.get(2, TimeUnit.MINUTES);
			}
			System.out.println("Two workers handled " + sent.get(0).get() + " + " + sent.get(1).get() + " messages");
			assertThat(total).isEqualTo(50);
		}
		finally {
			threads.shutdownNow();
		}

		MimeMessage[] received = this.greenMail.getReceivedMessages();
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : received) {
			recipients.addAll(Arrays.stream(message.getAllRecipients()).map(Address::toString).toList());
		}
		assertThat(recipients).hasSize(50).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForList("select status || ' ' || attempts from outbox", String.class)).hasSize(50)
			.containsOnly("SENT 1");
	}

	@Test
	void withoutAMailServerMessagesWaitAsNoServerAndGoOutOnceOneIsConfiguredUnlessTooOld() throws Exception {
		queue("old@home.example", START);
		this.clock.advance(Duration.ofHours(1));
		queue("recent@home.example", this.clock.instant());
		OutboxWorker unconfigured = worker(null);

		assertThat(unconfigured.canSend(Channel.EMAIL)).isFalse();
		assertThat(unconfigured.runOnce()).isEqualTo(2);
		assertThat(row("old@home.example")).isEqualTo("NO_SERVER 0 null no mail server configured");
		assertThat(row("recent@home.example")).isEqualTo("NO_SERVER 0 null no mail server configured");
		assertThat(unconfigured.runOnce()).as("waiting rows are not composed again").isZero();

		this.clock.set(START.plus(Duration.ofHours(24)));
		OutboxWorker configured = worker(mailServer());
		assertThat(configured.canSend(Channel.EMAIL)).isTrue();
		assertThat(configured.runOnce()).isEqualTo(2);

		assertThat(row("old@home.example")).isEqualTo("FAILED 0 null no mail server configured");
		assertThat(row("recent@home.example")).isEqualTo("SENT 1 " + this.clock.instant() + " null");
		assertThat(this.greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void anSmsWaitsForAProviderWhileEmailGoesOut() {
		this.transaction()
			.executeWithoutResult((status) -> this.outbox.queue(new NewMessage(this.clinicId, Channel.SMS,
					"+447700900123", MessageKind.PASSWORD_RESET, "staff:1", START, "sms:1")));
		queue("jane@home.example", START);

		assertThat(worker(mailServer()).runOnce()).isEqualTo(2);

		assertThat(row("+447700900123")).isEqualTo("NO_SERVER 0 null no SMS provider configured");
		assertThat(row("jane@home.example")).startsWith("SENT 1");
	}

	@Test
	void aComposerSkipsWhatIsNoLongerWantedAndDefersWhatIsNotYetTimely() {
		queue("skip@home.example", START);
		queue("defer@home.example", START);
		Instant morning = START.plus(Duration.ofHours(11));
		this.composer.behaviour = (message) -> switch (message.recipient()) {
			case "skip@home.example" -> new Composition.Skip("unsubscribed");
			case "defer@home.example" -> new Composition.Defer(morning);
			default -> TestComposer.send(message);
		};
		OutboxWorker worker = worker(mailServer());

		assertThat(worker.runOnce()).isEqualTo(2);
		assertThat(row("skip@home.example")).isEqualTo("SKIPPED 0 null unsubscribed");
		assertThat(row("defer@home.example")).isEqualTo("QUEUED 0 null null");
		assertThat(nextAttempt("defer@home.example")).isEqualTo(morning);
		assertThat(this.greenMail.getReceivedMessages()).isEmpty();

		this.composer.behaviour = TestComposer::send;
		this.clock.set(morning);
		assertThat(worker.runOnce()).isEqualTo(1);
		assertThat(this.greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aComposerThatFailsCostsItsMessageAnAttemptAndNoOtherMessageAnything() {
		queue("broken@home.example", START);
		queue("jane@home.example", START.plusSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		this.composer.behaviour = (message) -> {
			if (message.recipient().startsWith("broken")) {
				// a statement that fails aborts the worker's transaction, as a real
				// failure would
				OutboxWorkerTest.this.jdbc.queryForObject("select 1 / 0", Integer.class);
			}
			return TestComposer.send(message);
		};

		assertThat(worker(mailServer()).runOnce()).isEqualTo(2);

		assertThat(row("broken@home.example")).startsWith("QUEUED 1 null ").contains("division by zero");
		assertThat(row("jane@home.example")).startsWith("SENT 1");
		assertThat(this.greenMail.getReceivedMessages()).hasSize(1);
	}

	/**
	 * kill -9 of an instance in the middle of sending: its connection drops, PostgreSQL
	 * rolls its transaction back and releases the row, and the next cycle of any instance
	 * sends the message.
	 */
	@Test
	void aMessageLockedByAnInstanceThatDiesIsSentByTheNextCycle() throws Exception {
		queue("jane@home.example", START);
		OutboxWorker worker = worker(mailServer());
		Properties credentials = new Properties();
		credentials.setProperty("user", this.environment.getProperty("spring.datasource.username"));
		credentials.setProperty("password", this.environment.getProperty("spring.datasource.password"));
		Connection dying = DriverManager.getConnection(this.environment.getProperty("spring.datasource.url"),
				credentials);
		try {
			dying.setAutoCommit(false);
			int pid;
			try (Statement statement = dying.createStatement()) {
				statement.executeQuery("select id from outbox for update").close();
				try (ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
					result.next();
					pid = result.getInt(1);
				}
			}

			assertThat(worker.runOnce()).as("the row is taken by the other instance").isZero();
			assertThat(status("jane@home.example")).isEqualTo("QUEUED");

			assertThat(this.jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, pid)).isTrue();
			// the server process ends (and releases its locks) shortly after being told
			// to
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.jdbc.queryForObject("select count(*) from pg_stat_activity where pid = ?",
						Integer.class, pid) == 0);
			assertThat(worker.runOnce()).isEqualTo(1);
		}
		finally {
			try {
				dying.close();
			}
			catch (Exception ex) {
				// its server process is gone
			}
		}
		assertThat(this.greenMail.getReceivedMessages()).hasSize(1);
		assertThat(row("jane@home.example")).startsWith("SENT 1");
	}

	/**
	 * The one gap the outbox leaves: the process dies after the SMTP server accepted a
	 * message and before the commit that marks it sent. The message is then sent once
	 * more by a later cycle: one duplicate, nothing lost.
	 */
	@Test
	void aConnectionLostBetweenTheServersAcceptanceAndTheCommitCostsOneDuplicateAndLosesNothing() throws Exception {
		queue("jane@home.example", START);
		queue("john@home.example", START);
		EmailSender mail = new EmailSender(mailServer(), "Aftercare <aftercare@clinic.example>");
		AtomicReference<Boolean> dieOnce = new AtomicReference<>(true);
		ChannelSender dying = new ChannelSender() {

			@Override
			public Channel channel() {
				return Channel.EMAIL;
			}

			@Override
			public boolean configured() {
				return true;
			}

			@Override
			public void send(ComposedMessage message) throws Exception {
				mail.send(message);
				if (dieOnce.getAndSet(false)) {
					terminate(OutboxWorkerTest.this.jdbc.queryForObject("select pg_backend_pid()", Integer.class));
				}
			}

		};
		OutboxWorker worker = new OutboxWorker(this.jdbc, this.transactions, this.clock, List.of(this.composer),
				List.of(dying), 50);

		worker.runOnce();
		this.clock.advance(OutboxWorker.backOff(1));
		worker.runOnce();

		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			recipients.add(message.getAllRecipients()[0].toString());
		}
		assertThat(recipients).hasSize(3).containsOnly("jane@home.example", "john@home.example");
		assertThat(recipients.stream().distinct().count()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select status from outbox", String.class)).containsOnly("SENT");
	}

	private void terminate(int pid) throws Exception {
		Properties credentials = new Properties();
		credentials.setProperty("user", this.environment.getProperty("spring.datasource.username"));
		credentials.setProperty("password", this.environment.getProperty("spring.datasource.password"));
		try (Connection other = DriverManager.getConnection(this.environment.getProperty("spring.datasource.url"),
				credentials); Statement statement = other.createStatement()) {
			statement.execute("select pg_terminate_backend(" + pid + ")");
			// the server process ends shortly after being told to
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				try (ResultSet left = statement
					.executeQuery("select count(*) from pg_stat_activity where pid = " + pid)) {
					left.next();
					return left.getInt(1) == 0;
				}
			});
		}
	}

	@Test
	void anUrgentMessageIsSentBeforeEarlierOnes() throws Exception {
		queue("earlier@home.example", START.minusSeconds(60));
		transaction().executeWithoutResult((status) -> this.outbox.queueUrgent(new NewMessage(this.clinicId,
				Channel.EMAIL, "urgent@home.example", MessageKind.PASSWORD_RESET, "staff:1", START, "urgent")));

		assertThat(worker(mailServer(), 1).runOnce()).isEqualTo(1);

		assertThat(status("urgent@home.example")).isEqualTo("SENT");
		assertThat(status("earlier@home.example")).isEqualTo("QUEUED");
	}

	@Test
	void theBackOffDoublesFromThirtySecondsUpToAnHour() {
		assertThat(List.of(1, 2, 3, 4, 7, 8, 30).stream().map(OutboxWorker::backOff).map(Duration::toSeconds).toList())
			.containsExactly(30L, 60L, 120L, 240L, 1920L, 3600L, 3600L);
	}

	@Test
	void anErrorIsKeptShortAndWithoutAddresses() {
		assertThat(Recipients.maskAll("550 5.1.1 <jane.doe@home.example>: Recipient address rejected"))
			.isEqualTo("550 5.1.1 <j•••@home.example>: Recipient address rejected");
		assertThat(Recipients.mask("jane@home.example")).isEqualTo("j•••@home.example");
		assertThat(Recipients.mask("+447700900123")).isEqualTo("•••23");
	}

	private OutboxWorker worker(JavaMailSenderImpl mailServer) {
		return worker(mailServer, 50);
	}

	private OutboxWorker worker(JavaMailSenderImpl mailServer, int batch) {
		return new OutboxWorker(this.jdbc, this.transactions, this.clock, List.of(this.composer),
				List.of(new EmailSender(mailServer, "Aftercare <aftercare@clinic.example>"), new SmsSender()), batch);
	}

	private JavaMailSenderImpl mailServer() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(this.greenMail.getSmtp().getPort());
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.connectiontimeout", "5000");
		properties.setProperty("mail.smtp.timeout", "5000");
		properties.setProperty("mail.smtp.writetimeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	private TransactionTemplate transaction() {
		return new TransactionTemplate(this.transactions);
	}

	private void queue(String recipient, Instant dueAt) {
		transaction().executeWithoutResult((status) -> this.outbox.queue(new NewMessage(this.clinicId, Channel.EMAIL,
				recipient, MessageKind.PASSWORD_RESET, "staff:1", dueAt, "test:" + recipient)));
	}

	private String row(String recipient) {
		return this.jdbc.queryForObject("select status, attempts, sent_at, last_error from outbox where recipient = ?",
				(result, number) -> {
					java.sql.Timestamp sentAt = result.getTimestamp("sent_at");
					return result.getString("status") + " " + result.getInt("attempts") + " "
							+ ((sentAt != null) ? sentAt.toInstant().truncatedTo(ChronoUnit.SECONDS) : null) + " "
							+ result.getString("last_error");
				}, recipient);
	}

	private String status(String recipient) {
		return this.jdbc.queryForObject("select status from outbox where recipient = ?", String.class, recipient);
	}

	private Instant nextAttempt(String recipient) {
		return this.jdbc
			.queryForObject("select next_attempt_at from outbox where recipient = ?", java.sql.Timestamp.class,
					recipient)
			.toInstant();
	}

	/**
	 * Sends every message as a short text to its recipient, unless a test says otherwise.
	 */
	static final class TestComposer implements MessageComposer {

		volatile Function<OutboxMessage, Composition> behaviour = TestComposer::send;

		@Override
		public Set<MessageKind> kinds() {
			return Set.of(MessageKind.PASSWORD_RESET);
		}

		@Override
		public Composition compose(OutboxMessage message, Instant now) {
			return this.behaviour.apply(message);
		}

		static Composition send(OutboxMessage message) {
			return new Composition.Send(new ComposedMessage(message.recipient(), "Message for " + message.recipient(),
					"Hello from the outbox.", null, java.util.Map.of("X-Test", "yes")));
		}

	}

}
