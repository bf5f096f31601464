package app.aftercare.treatment;

/**
 * What the patient agreed to be emailed about a treatment, as ticked on the treatment
 * form: the link once, and reminders when LIGHT_EXERCISE and FULL_TRAINING arrive.
 */
public record EmailConsent(boolean emailLink, boolean emailReminders) {

	/** Nothing emailed. */
	public static final EmailConsent NONE = new EmailConsent(false, false);

}
