package app.aftercare.outbox;

import java.util.Map;

/**
 * A rendered message.
 *
 * @param recipient where it goes
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part, or null for text only
 * @param headers further headers, such as {@code List-Unsubscribe}
 */
public record ComposedMessage(String recipient, String subject, String text, String html, Map<String, String> headers) {

	public ComposedMessage {
		headers = (headers != null) ? Map.copyOf(headers) : Map.of();
	}

}
