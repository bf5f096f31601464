package app.aftercare.web;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A record was saved from a form opened before someone else saved it: the one way every
 * feature reports a stale edit. It carries the record as it is now, so the 409 page
 * (built on {@code fragments/conflict :: staleEdit}) shows the other change instead of
 * only saying that there was one.
 */
public abstract class StaleEditException extends OptimisticLockingFailureException {

	private final transient Object current;

	protected StaleEditException(String recordType, Object id, Object current) {
		super(recordType + " " + id + " was changed by someone else");
		this.current = current;
	}

	/**
	 * The record as it is now, with the other change.
	 */
	public Object current() {
		return this.current;
	}

}
