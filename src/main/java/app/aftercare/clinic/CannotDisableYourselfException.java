package app.aftercare.clinic;

/**
 * An admin tried to disable their own account, which would lock them out (and could leave
 * the clinic without an admin).
 */
public class CannotDisableYourselfException extends RuntimeException {

	public CannotDisableYourselfException() {
		super("An admin cannot disable their own account");
	}

}
