package app.aftercare.outbox;

import java.time.Instant;

/**
 * What a change asks to be sent. Nothing is rendered yet: the worker composes the message
 * at send time from current data.
 *
 * @param clinicId the clinic it belongs to
 * @param channel how it is delivered
 * @param recipient an email address (or, later, a phone number)
 * @param kind what it is for
 * @param about the record it is about, such as {@code treatment:42} or {@code staff:7}
 * @param dueAt when it should go out
 * @param uniqueKey queued at most once under this key, such as
 * {@code reminder:42:FULL_TRAINING:v3}
 */
public record NewMessage(long clinicId, Channel channel, String recipient, MessageKind kind, String about,
		Instant dueAt, String uniqueKey) {

}
