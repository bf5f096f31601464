package app.aftercare.patientlink;

import app.aftercare.treatment.TreatmentSnapshot;

/**
 * "Reminders by email: on/off" on the patient's pages: shown only when the treatment was
 * saved with "Email reminders" ticked and an address.
 *
 * @param on whether reminders are still sent (the patient has not stopped them)
 */
record RemindersByEmail(boolean on) {

	/**
	 * @return null when the treatment has no reminders by email to speak of
	 */
	static RemindersByEmail of(TreatmentSnapshot treatment) {
		return (treatment.remindersByEmail() != null) ? new RemindersByEmail(treatment.remindersByEmail()) : null;
	}

}
