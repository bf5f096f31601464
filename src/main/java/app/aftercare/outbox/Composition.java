package app.aftercare.outbox;

import java.time.Instant;

/**
 * What a {@link MessageComposer} decides when a message is due.
 */
public sealed interface Composition {

	/** Send this. */
	record Send(ComposedMessage message) implements Composition {
	}

	/** No longer wanted: unsubscribed, plan moved, link revoked... */
	record Skip(String reason) implements Composition {
	}

	/** Not yet, for example in quiet hours: try again at {@code until}. */
	record Defer(Instant until) implements Composition {
	}

}
