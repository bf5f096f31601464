package app.aftercare.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

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

	/** How many messages {@link #page} lists at a time. */
	public static final int PAGE_SIZE = 50;

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

	/**
	 * Deletes the clinic's messages about these records, sent or not, in the caller's
	 * transaction: when a patient is erased, no message to them is left to send and no
	 * address of theirs is kept.
	 * @param abouts records as {@link NewMessage#about()} names them, such as
	 * {@code treatment:42}
	 * @return how many were deleted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int erase(long clinicId, Collection<String> abouts) {
		if (abouts.isEmpty()) {
			return 0;
		}
		return this.jdbc.update("delete from outbox where clinic_id = ? and about = any(?)", clinicId,
				abouts.toArray(String[]::new));
	}

	/**
	 * One page of the clinic's messages, sent and due, the latest due first; a page past
	 * the end is the last one. Recipients are masked.
	 */
	@Transactional(readOnly = true)
	public Page<Listed> page(long clinicId, int page) {
		long total = this.jdbc.queryForObject("select count(*) from outbox where clinic_id = ?", Long.class, clinicId);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(page, 0), lastPage);
		PageRequest request = PageRequest.of(number, PAGE_SIZE);
		List<Listed> content = (total == 0) ? List.of()
				: this.jdbc.query(
						"select id, channel, recipient, kind, due_at, status, attempts, last_error, sent_at "
								+ "from outbox where clinic_id = ? order by due_at desc, id desc limit ? offset ?",
						Outbox::listed, clinicId, PAGE_SIZE, (long) number * PAGE_SIZE);
		return new PageImpl<>(content, request, total);
	}

	private static Listed listed(ResultSet row, int number) throws SQLException {
		Timestamp sentAt = row.getTimestamp("sent_at");
		return new Listed(row.getLong("id"), Channel.valueOf(row.getString("channel")),
				Recipients.mask(row.getString("recipient")), MessageKind.valueOf(row.getString("kind")),
				row.getTimestamp("due_at").toInstant(), MessageStatus.valueOf(row.getString("status")),
				row.getInt("attempts"), row.getString("last_error"), (sentAt != null) ? sentAt.toInstant() : null);
	}

	/**
	 * A message as {@code /admin/messages} lists it.
	 *
	 * @param recipient masked, such as {@code p•••@home.example}
	 * @param lastError why the last attempt failed or the message was skipped, without
	 * secrets or full addresses
	 */
	public record Listed(long id, Channel channel, String recipient, MessageKind kind, Instant dueAt,
			MessageStatus status, int attempts, String lastError, Instant sentAt) {

	}

}
