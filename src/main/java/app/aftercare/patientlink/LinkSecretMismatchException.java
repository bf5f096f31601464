package app.aftercare.patientlink;

/**
 * This instance's patient-link secret is not the one the database's other instances use.
 */
public class LinkSecretMismatchException extends IllegalStateException {

	LinkSecretMismatchException() {
		super("aftercare.link-secret differs from the secret this database was first used with");
	}

}
