package app.aftercare.outbox;

import java.time.Instant;
import java.util.Set;

/**
 * Re-checks and renders a message when it is due. One bean per kind, in the package that
 * owns the data; it runs in the worker's transaction, which holds the row's lock.
 */
public interface MessageComposer {

	Set<MessageKind> kinds();

	Composition compose(OutboxMessage message, Instant now);

}
