package app.aftercare.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failure counters that every application instance on the database shares, so adding
 * instances never multiplies an allowance (QUALITY 29). Each key has a fixed window that
 * opens at its first failure and allows {@link Limit#max()} failures; once it closes the
 * allowance is whole again, so nothing is blocked for good.
 * <p>
 * Only failures write (one upsert for all the keys of a failure); checking is one indexed
 * read, so a good visit writes nothing. Both run on the caller's transaction if it has
 * one, otherwise on a connection of their own: never a second connection while the
 * request holds one (QUALITY 25).
 */
@Component
public class Throttles {

	private static final int PRUNE_EVERY = 100;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final MeterRegistry meters;

	private final AtomicLong failures = new AtomicLong();

	Throttles(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * How many failures a kind of key may have within a window.
	 */
	public record Limit(String name, int max, Duration window) {

		public Key key(String value) {
			return new Key(this, value);
		}

	}

	/**
	 * What is counted: a limit and the value it is counted for (an address, an account).
	 */
	public record Key(Limit limit, String value) {

		String id() {
			String id = this.limit.name() + ":" + this.value;
			return (id.length() <= 400) ? id : id.substring(0, 400);
		}

	}

	/**
	 * The keys that have no failures left in their current window.
	 */
	public Set<Key> exhausted(Key... keys) {
		List<Object> arguments = new ArrayList<>();
		for (Key key : keys) {
			arguments.add(key.id());
		}
		arguments.add(Timestamp.from(this.clock.instant()));
		String placeholders = Arrays.stream(keys).map((key) -> "?").collect(Collectors.joining(", "));
		List<Object[]> counts = this.jdbc.query(
				"select key, hits from throttle_window where key in (" + placeholders + ") and expires_at > ?",
				(row, number) -> new Object[] { row.getString(1), row.getInt(2) }, arguments.toArray());
		return over(keys, counts);
	}

	/**
	 * The failures of one key in its current window, as a scalar subquery for a caller
	 * that reads them within a query of its own (one round trip instead of two); its two
	 * parameters are {@link #hitsArguments}, and {@link #isExhausted} judges the result.
	 */
	public static final String HITS = "coalesce((select hits from throttle_window where key = ? and expires_at > ?), 0)";

	/**
	 * The parameters of {@link #HITS} for this key, now.
	 */
	public Object[] hitsArguments(Key key) {
		return new Object[] { key.id(), Timestamp.from(this.clock.instant()) };
	}

	/**
	 * Whether a key with this many failures in its window has none left, as
	 * {@link #exhausted} would say.
	 */
	public static boolean isExhausted(Key key, int hits) {
		return hits >= key.limit().max();
	}

	/**
	 * Counts one failure for each key.
	 * @return the keys that have now used up their allowance, this failure included
	 */
	public Set<Key> fail(Key... keys) {
		Instant now = this.clock.instant();
		List<Object> arguments = new ArrayList<>();
		for (Key key : keys) {
			arguments.add(key.id());
			arguments.add(Timestamp.from(now.plus(key.limit().window())));
		}
		arguments.add(Timestamp.from(now));
		arguments.add(Timestamp.from(now));
		String rows = Arrays.stream(keys).map((key) -> "(?, ?, 1)").collect(Collectors.joining(", "));
		List<Object[]> counts = this.jdbc.query(
				"insert into throttle_window as t (key, expires_at, hits) values " + rows
						+ " on conflict (key) do update set"
						+ " hits = case when t.expires_at <= ? then 1 else t.hits + 1 end,"
						+ " expires_at = case when t.expires_at <= ? then excluded.expires_at else t.expires_at end"
						+ " returning key, hits",
				(row, number) -> new Object[] { row.getString(1), row.getInt(2) }, arguments.toArray());
		if (this.failures.incrementAndGet() % PRUNE_EVERY == 0) {
			prune(now);
		}
		return over(keys, counts);
	}

	/**
	 * Counts a request refused by a throttle, for the operator's metrics.
	 */
	public void refused(Limit limit) {
		this.meters.counter("aftercare.throttled.requests", "throttle", limit.name()).increment();
	}

	void prune(Instant now) {
		this.jdbc.update("delete from throttle_window where expires_at <= ?", Timestamp.from(now));
	}

	private static Set<Key> over(Key[] keys, List<Object[]> counts) {
		Set<Key> over = new HashSet<>();
		for (Object[] count : counts) {
			for (Key key : keys) {
				if (key.id().equals(count[0]) && isExhausted(key, (int) count[1])) {
					over.add(key);
				}
			}
		}
		return over;
	}

}
