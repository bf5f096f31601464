package app.aftercare.clinic;

/**
 * An admin asked to send a password-reset link to a disabled account, which could not use
 * it.
 */
public class AccountDisabledException extends RuntimeException {

	public AccountDisabledException() {
		super("The account is disabled");
	}

}
