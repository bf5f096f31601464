package app.aftercare.treatment;

/**
 * A treatment that breaks a rule the form cannot check alone; names the field and the
 * message key to show next to it.
 */
public class InvalidTreatmentException extends RuntimeException {

	private final String field;

	private final String messageKey;

	InvalidTreatmentException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
