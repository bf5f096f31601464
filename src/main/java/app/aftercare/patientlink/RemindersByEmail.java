package app.aftercare.patientlink;

import app.aftercare.treatment.TreatmentView;

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
	static RemindersByEmail of(TreatmentView treatment) {
		if (!treatment.emailReminders() || treatment.emailTo() == null) {
			return null;
		}
		return new RemindersByEmail(treatment.remindersStoppedAt() == null);
	}

}
