package app.aftercare.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.TransactionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that could not be reached from every other failure (the one question
 * asked wherever such a failure becomes a 503), and remembers when this instance last met
 * one, so that what can wait (a session's last access time) is not waited for while it
 * lasts.
 */
@Component
public final class DatabaseOutage {

	/** How long after meeting an outage writes that can be skipped are skipped. */
	private static final long RECENT_NANOS = TimeUnit.SECONDS.toNanos(2);

	private final AtomicLong lastMet = new AtomicLong(System.nanoTime() - 2 * RECENT_NANOS);

	/**
	 * Notes that a request met an outage just now.
	 */
	public void met() {
		this.lastMet.set(System.nanoTime());
	}

	/**
	 * Whether a request met an outage in the last two seconds.
	 */
	public boolean recentlyMet() {
		return System.nanoTime() - this.lastMet.get() < RECENT_NANOS;
	}

	/** query_canceled (statement_timeout) and lock_not_available (lock_timeout). */
	private static final Set<String> TIMED_OUT = Set.of("57014", "55P03");

	/**
	 * Whether the database could not be reached: no connection to be had, one that broke
	 * (SQL state class 08), a transaction that could not even be rolled back (its
	 * connection is gone; the first error is then hidden behind the rollback's), or a
	 * statement the server gave up on after its statement or lock timeout (57014, 55P03;
	 * see {@code spring.datasource} in application.yml).
	 */
	public static boolean causedBy(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof QueryTimeoutException
					|| cause instanceof PessimisticLockingFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || TIMED_OUT.contains(sql.getSQLState()))) {
				return true;
			}
			if (cause instanceof TransactionSystemException || cause instanceof TransactionException) {
				return true;
			}
		}
		return false;
	}

}
