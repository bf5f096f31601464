package app.aftercare.patient;

import app.aftercare.web.StaleEditException;

/**
 * A patient was saved from a form that was opened before someone else's save. Carries the
 * patient as they are now, so the conflict page can show the other change.
 */
public class PatientConflictException extends StaleEditException {

	PatientConflictException(Patient current) {
		super("Patient", current.getId(), current);
	}

	@Override
	public Patient current() {
		return (Patient) super.current();
	}

}
