package app.aftercare.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every action the audit trail records: one vocabulary for the whole application. The
 * name is what is stored; each has a label in every language ({@link #messageKey()}).
 * <p>
 * A change is written in the transaction that makes it, so it is recorded exactly when
 * the change commits. Everything else — views, denials, failed logins — is recorded
 * whether or not anything around it commits, and is written after the request's own
 * transaction has ended (see {@link AuditLog}).
 */
public enum AuditAction {

	LOGIN(false),

	LOGIN_FAILED(false),

	ACCESS_DENIED(false),

	/** A record id of another clinic (or none at all) was asked for. */
	RECORD_NOT_FOUND(false),

	VIEW(false),

	PATIENT_LIST(false),

	PATIENT_SEARCH(false),

	DASHBOARD(false),

	/** An admin opened the list of messages sent and due. */
	MESSAGE_LIST(false),

	PRINT(false),

	EXPORT(false),

	CLINIC_SETUP(true),

	CREATE(true),

	UPDATE(true),

	DISABLE(true),

	ENABLE(true),

	/** An admin set a new password for a staff member. */
	PASSWORD_SET(true),

	/**
	 * A password-reset link was emailed to a staff member, on their request or an
	 * admin's.
	 */
	PASSWORD_RESET_SENT(true),

	/** A staff member set a new password with an emailed link. */
	PASSWORD_RESET(true),

	ERASE(true),

	SYMPTOMS_RECORDED(true),

	REVIEW(true),

	ACKNOWLEDGE(true),

	LINK_REISSUED(true),

	PATIENT_CHECK_IN(true),
	/** The patient stopped reminder emails through their link (unsubscribe). */
	REMINDERS_STOPPED(true);

	private final boolean change;

	AuditAction(boolean change) {
		this.change = change;
	}

	/**
	 * Whether the action changes data, and so is recorded with the change itself.
	 */
	public boolean isChange() {
		return this.change;
	}

	public String messageKey() {
		return "admin.audit.actions." + name();
	}

	/**
	 * The action stored under this name; events stored before an action was renamed have
	 * none.
	 */
	public static Optional<AuditAction> of(String stored) {
		return Arrays.stream(values()).filter((action) -> action.name().equals(stored)).findFirst();
	}

}
