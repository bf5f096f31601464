package app.aftercare.outbox;

import java.time.Instant;

/**
 * A queued row as the worker hands it to a {@link MessageComposer}.
 */
public record OutboxMessage(long id, long clinicId, Channel channel, String recipient, MessageKind kind, String about,
		Instant dueAt, int attempts, String uniqueKey) {

}
