package app.aftercare.outbox;

/**
 * Where a message stands.
 */
public enum MessageStatus {

	/** Waiting for its time, or for its next attempt after a failure. */
	QUEUED,

	SENT,

	/** Not sent within {@link OutboxWorker#GIVE_UP_AFTER} of being due. */
	FAILED,

	/** No longer wanted when it was due: unsubscribed, plan moved, link revoked... */
	SKIPPED,

	/**
	 * Ready, but no sender is configured for its channel ("no mail server configured"):
	 * sent once one is, if that happens within {@link OutboxWorker#GIVE_UP_AFTER} of
	 * being due.
	 */
	NO_SERVER;

	public String messageKey() {
		return "admin.messages.statuses." + name();
	}

}
