package app.aftercare.treatment;

import app.aftercare.web.StaleEditException;

/**
 * A treatment was saved from a form that was opened before someone else's save. Carries
 * the treatment as it is now, so the conflict page can show the other change.
 */
public class TreatmentConflictException extends StaleEditException {

	TreatmentConflictException(Treatment current) {
		super("Treatment", current.getId(), TreatmentView.of(current));
	}

	@Override
	public TreatmentView current() {
		return (TreatmentView) super.current();
	}

}
