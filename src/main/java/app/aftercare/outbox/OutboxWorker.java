package app.aftercare.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due from the outbox. Every instance runs it (see {@link OutboxSchedule});
 * tests call {@link #runOnce()}.
 * <p>
 * Each message is handled in a short transaction of its own: the row is taken with
 * {@code FOR UPDATE SKIP LOCKED} (so another instance passes it by), its kind's
 * {@link MessageComposer} re-checks and renders it, its channel's {@link ChannelSender}
 * delivers it, and the row is marked {@code SENT} in that same transaction. Hence:
 * <ul>
 * <li>two instances never send one row twice: the second never sees it locked or
 * unsent;</li>
 * <li>a crash (kill -9, lost connection) before the commit rolls the row back to due, so
 * the next cycle of any instance sends it: nothing is lost. If the crash falls between
 * the SMTP server's acceptance and the commit, that message is sent once more: at most
 * one duplicate, never a loss;</li>
 * <li>one message's failure never undoes another's {@code SENT}.</li>
 * </ul>
 * A failure counts an attempt and retries after a back-off that doubles from
 * {@link #FIRST_RETRY} up to {@link #LONGEST_RETRY}; a message not sent within
 * {@link #GIVE_UP_AFTER} of being due is {@code FAILED}. A message whose channel has no
 * configured sender is composed (so one no longer wanted is still skipped) and left
 * {@code NO_SERVER}; once a sender is configured, such rows are sent like queued ones,
 * and those due more than {@link #GIVE_UP_AFTER} ago expire as {@code FAILED}.
 * <p>
 * The connection is held while the SMTP server answers, so mail timeouts are short
 * ({@code spring.mail.properties.mail.smtp.*timeout}, 5 s in {@code application.yml}).
 */
@Component
public class OutboxWorker {

	static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

	static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	static final Duration LONGEST_RETRY = Duration.ofHours(1);

	private static final int MAX_ERROR_LENGTH = 300;

	private static final Log logger = LogFactory.getLog(OutboxWorker.class);

	private static final String COLUMNS = "id, clinic_id, channel, recipient, kind, about, due_at, attempts, "
			+ "unique_key, status";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Map<MessageKind, MessageComposer> composers = new EnumMap<>(MessageKind.class);

	private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

	private final int batch;

	private final String nextDue;

	OutboxWorker(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			List<MessageComposer> composers, List<ChannelSender> senders,
			@Value("${aftercare.outbox.batch:50}") int batch) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.batch = batch;
		for (MessageComposer composer : composers) {
			for (MessageKind kind : composer.kinds()) {
				MessageComposer other = this.composers.put(kind, composer);
				if (other != null) {
					throw new IllegalStateException("Two composers of " + kind + ": " + other + " and " + composer);
				}
			}
		}
		for (ChannelSender sender : senders) {
			ChannelSender other = this.senders.get(sender.channel());
			if (other == null || (sender.configured() && !other.configured())) {
				this.senders.put(sender.channel(), sender);
			}
		}
		String ready = this.senders.values()
			.stream()
			.filter(ChannelSender::configured)
			.map((sender) -> "'" + sender.channel().name() + "'")
			.collect(Collectors.joining(", "));
		String statuses = ready.isEmpty() ? "status = 'QUEUED'"
				: "(status = 'QUEUED' or (status = 'NO_SERVER' and channel in (" + ready + ")))";
		this.nextDue = "select " + COLUMNS + " from outbox where " + statuses + " and next_attempt_at <= ? "
				+ "order by priority, next_attempt_at limit 1 for update skip locked";
	}

	/**
	 * Whether messages of the channel can be delivered: without a sender they wait as
	 * {@link MessageStatus#NO_SERVER}.
	 */
	public boolean canSend(Channel channel) {
		ChannelSender sender = this.senders.get(channel);
		return sender != null && sender.configured();
	}

	/**
	 * One cycle: handles due messages one by one until none is left (or a batch is done),
	 * each in its own transaction.
	 * @return how many were handled (sent, failed, skipped, deferred...)
	 */
	public int runOnce() {
		int handled = 0;
		while (handled < this.batch && handleNext()) {
			handled++;
		}
		return handled;
	}

	private boolean handleNext() {
		AtomicReference<Due> taken = new AtomicReference<>();
		try {
			return Boolean.TRUE.equals(this.transaction.execute((status) -> {
				Instant now = this.clock.instant();
				List<Due> due = this.jdbc.query(this.nextDue, OutboxWorker::due, Timestamp.from(now));
				if (due.isEmpty()) {
					return false;
				}
				taken.set(due.get(0));
				handle(due.get(0), now);
				return true;
			}));
		}
		catch (RuntimeException ex) {
			// the composer or the database failed: the row rolled back to due; count the
			// attempt in a transaction of its own, unless another instance took it
			// meanwhile
			if (taken.get() == null) {
				logger.warn("The outbox could not be read: " + ex);
				return false;
			}
			logger.warn("Message " + taken.get().message().id() + " could not be handled: " + ex);
			try {
				this.transaction.executeWithoutResult((status) -> {
					List<Due> again = this.jdbc
						.query("select " + COLUMNS + " from outbox where id = ? and status in ('QUEUED', 'NO_SERVER') "
								+ "for update skip locked", OutboxWorker::due, taken.get().message().id());
					if (!again.isEmpty()) {
						failed(again.get(0).message(), this.clock.instant(), ex);
					}
				});
				return true;
			}
			catch (RuntimeException failure) {
				logger.warn("The outbox could not record a failure: " + failure);
				return false;
			}
		}
	}

	private void handle(Due due, Instant now) {
		OutboxMessage message = due.message();
		if (!now.isBefore(message.dueAt().plus(GIVE_UP_AFTER))) {
			String reason = (due.status() == MessageStatus.NO_SERVER) ? notConfigured(message.channel())
					: "not sent within 24 hours";
			update(message, "status = 'FAILED', last_error = coalesce(last_error, ?)", reason);
			return;
		}
		MessageComposer composer = this.composers.get(message.kind());
		if (composer == null) {
			failed(message, now, new IllegalStateException("no composer for " + message.kind()));
			return;
		}
		Composition composition = composer.compose(message, now);
		if (composition instanceof Composition.Skip skip) {
			update(message, "status = 'SKIPPED', last_error = ?", shortened(skip.reason()));
		}
		else if (composition instanceof Composition.Defer defer) {
			// never due again at once, which would take the rest of the cycle
			Instant until = defer.until().isAfter(now) ? defer.until() : now.plus(FIRST_RETRY);
			update(message, "status = 'QUEUED', next_attempt_at = ?", Timestamp.from(until));
		}
		else if (composition instanceof Composition.Send send) {
			ChannelSender sender = this.senders.get(message.channel());
			if (sender == null || !sender.configured()) {
				update(message, "status = 'NO_SERVER', last_error = ?", notConfigured(message.channel()));
				return;
			}
			try {
				sender.send(send.message());
			}
			catch (Exception ex) {
				failed(message, now, ex);
				return;
			}
			update(message, "status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null",
					Timestamp.from(now));
		}
	}

	private void failed(OutboxMessage message, Instant now, Exception ex) {
		int attempts = message.attempts() + 1;
		Instant next = now.plus(backOff(attempts));
		String error = shortened(describe(ex));
		logger
			.info("Message " + message.id() + " (" + message.kind() + ") not sent, attempt " + attempts + ": " + error);
		if (!next.isBefore(message.dueAt().plus(GIVE_UP_AFTER))) {
			update(message, "status = 'FAILED', attempts = ?, last_error = ?", attempts, error);
		}
		else {
			update(message, "status = 'QUEUED', attempts = ?, next_attempt_at = ?, last_error = ?", attempts,
					Timestamp.from(next), error);
		}
	}

	/**
	 * How long to wait after the given number of failed attempts: {@link #FIRST_RETRY},
	 * doubling each time, at most {@link #LONGEST_RETRY}.
	 */
	static Duration backOff(int attempts) {
		Duration wait = FIRST_RETRY;
		for (int i = 1; i < attempts && wait.compareTo(LONGEST_RETRY) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(LONGEST_RETRY) < 0) ? wait : LONGEST_RETRY;
	}

	private void update(OutboxMessage message, String assignments, Object... arguments) {
		Object[] withId = new Object[arguments.length + 1];
		System.arraycopy(arguments, 0, withId, 0, arguments.length);
		withId[arguments.length] = message.id();
		this.jdbc.update("update outbox set " + assignments + " where id = ?", withId);
	}

	static String notConfigured(Channel channel) {
		return (channel == Channel.EMAIL) ? "no mail server configured" : "no " + channel + " provider configured";
	}

	/**
	 * What went wrong, without anything secret: the exception's kind and message, its
	 * cause's if it has one, with email addresses masked.
	 */
	private static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder(ex.getClass().getSimpleName());
		if (ex.getMessage() != null) {
			text.append(": ").append(ex.getMessage());
		}
		Throwable cause = ex.getCause();
		if (cause != null && cause != ex) {
			text.append(" (").append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage());
			}
			text.append(")");
		}
		return Recipients.maskAll(text.toString());
	}

	private static String shortened(String text) {
		String line = (text != null) ? text.replaceAll("\\s+", " ").strip() : "";
		return (line.length() <= MAX_ERROR_LENGTH) ? line : line.substring(0, MAX_ERROR_LENGTH - 1) + "…";
	}

	private static Due due(ResultSet row, int number) throws SQLException {
		return new Due(
				new OutboxMessage(row.getLong("id"), row.getLong("clinic_id"),
						Channel.valueOf(row.getString("channel")), row.getString("recipient"),
						MessageKind.valueOf(row.getString("kind")), row.getString("about"),
						row.getTimestamp("due_at").toInstant(), row.getInt("attempts"), row.getString("unique_key")),
				MessageStatus.valueOf(row.getString("status")));
	}

	private record Due(OutboxMessage message, MessageStatus status) {
	}

}
