package app.aftercare.outbox;

/**
 * What a message is for (SPEC "Messages (email)"). Each kind has one
 * {@link MessageComposer}, in the package that owns its data, and a priority: when more
 * is due than one cycle sends, lower goes first.
 */
public enum MessageKind {

	PATIENT_LINK(3),

	REMINDER_LIGHT_EXERCISE(4),

	REMINDER_FULL_TRAINING(4),

	CLINIC_ALERT(1),

	PASSWORD_RESET(2);

	/** The priority of {@link Outbox#queueUrgent}: before any kind. */
	static final int URGENT = 0;

	private final int priority;

	MessageKind(int priority) {
		this.priority = priority;
	}

	int priority() {
		return this.priority;
	}

	/**
	 * The label of the kind on {@code /admin/messages}.
	 */
	public String messageKey() {
		return "admin.messages.kinds." + name();
	}

}
