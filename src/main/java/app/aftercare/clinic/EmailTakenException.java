package app.aftercare.clinic;

/**
 * An email address that already signs a staff member in.
 */
public class EmailTakenException extends RuntimeException {

	public EmailTakenException() {
		super("This email address is already in use");
	}

}
