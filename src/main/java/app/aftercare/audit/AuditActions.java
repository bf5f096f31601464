package app.aftercare.audit;

/**
 * The names of audited actions, one vocabulary for the whole application.
 */
public final class AuditActions {

	public static final String LOGIN_FAILED = "LOGIN_FAILED";

	public static final String ACCESS_DENIED = "ACCESS_DENIED";

	public static final String NOT_FOUND_OTHER_CLINIC = "RECORD_NOT_FOUND";

	public static final String VIEW = "VIEW";

	public static final String CREATE = "CREATE";

	public static final String UPDATE = "UPDATE";

	public static final String DISABLE = "DISABLE";

	public static final String ENABLE = "ENABLE";

	public static final String EXPORT = "EXPORT";

	public static final String ERASE = "ERASE";

	private AuditActions() {
	}

}
