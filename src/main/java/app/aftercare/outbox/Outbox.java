package app.aftercare.outbox;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Queues messages in the transaction of the change that causes them, so a message exists
 * exactly when its change has committed: a change rolled back sends nothing, and a crash
 * after the commit loses nothing (the {@link OutboxWorker} sends it from the table).
 */
@Service
public class Outbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Outbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues a message in the caller's transaction; a message whose unique key was queued
	 * before (whatever became of it) is ignored.
	 * @return whether it was queued now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean queue(NewMessage message) {
		return insert(message, message.kind().priority());
	}

	/**
	 * Like {@link #queue(NewMessage)}, but sent before every other kind that is due, such
	 * as an alert about an urgent sign.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean queueUrgent(NewMessage message) {
		return insert(message, MessageKind.URGENT);
	}

	private boolean insert(NewMessage message, int priority) {
		Assert.hasText(message.recipient(), "A message has a recipient");
		Assert.isTrue(message.recipient().length() <= 320, "A recipient has at most 320 characters");
		Assert.hasText(message.about(), "A message is about a record");
		Assert.isTrue(message.about().length() <= 100, "'about' has at most 100 characters");
		Assert.hasText(message.uniqueKey(), "A message has a unique key");
		Assert.isTrue(message.uniqueKey().length() <= 200, "A unique key has at most 200 characters");
		Assert.notNull(message.dueAt(), "A message is due at some time");
		Timestamp due = Timestamp.from(message.dueAt());
		return this.jdbc.update(
				"insert into outbox (clinic_id, channel, recipient, kind, about, priority, due_at, "
						+ "next_attempt_at, created_at, unique_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
						+ "on conflict (unique_key) do nothing",
				message.clinicId(), message.channel().name(), message.recipient().strip(), message.kind().name(),
				message.about(), priority, due, due, Timestamp.from(this.clock.instant()), message.uniqueKey()) == 1;
	}

}
