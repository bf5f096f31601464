package app.aftercare.treatment;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A treatment was saved from a form that was opened before someone else's save. Carries
 * the treatment as it is now, so the conflict page can show the other change.
 */
public class TreatmentConflictException extends OptimisticLockingFailureException {

	private final transient TreatmentView current;

	TreatmentConflictException(Treatment current) {
		super("Treatment " + current.getId() + " was changed by someone else");
		this.current = TreatmentView.of(current);
	}

	public TreatmentView current() {
		return this.current;
	}

}
