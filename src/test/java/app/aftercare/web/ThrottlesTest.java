package app.aftercare.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import app.aftercare.support.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one throttle mechanism (QUALITY 29): a fixed window per key in PostgreSQL, opened
 * by the first failure, never blocking for good, pruned once closed.
 */
@IntegrationTest
class ThrottlesTest {

	static final Throttles.Limit LIMIT = new Throttles.Limit("test", 3, Duration.ofMinutes(10));

	static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aKeyIsBlockedAfterItsFailuresUntilItsWindowClosesThenStartsAfresh() {
		Throttles key1 = at(START);
		Throttles.Key key = LIMIT.key("203.0.113.1");
		assertThat(key1.fail(key)).isEmpty();
		assertThat(at(START.plusSeconds(60)).fail(key)).isEmpty();
		assertThat(at(START.plusSeconds(120)).exhausted(key)).isEmpty();
		assertThat(at(START.plusSeconds(120)).fail(key)).containsExactly(key);
		assertThat(at(START.plus(Duration.ofMinutes(9))).exhausted(key)).containsExactly(key);
		assertThat(at(START.plus(Duration.ofMinutes(9))).exhausted(LIMIT.key("203.0.113.2"))).isEmpty();

		Throttles later = at(START.plus(Duration.ofMinutes(10)));
		assertThat(later.exhausted(key)).isEmpty();
		assertThat(later.fail(key)).isEmpty();
		assertThat(this.jdbc.queryForObject("select hits from throttle_window", Integer.class)).isEqualTo(1);
	}

	@Test
	void oneFailureCountsForEachOfItsKeysInOneStatementAndOnlyClosedWindowsArePruned() {
		Throttles.Limit longer = new Throttles.Limit("longer", 1, Duration.ofHours(1));
		at(START).fail(LIMIT.key("a"), longer.key("a"));
		assertThat(at(START).exhausted(LIMIT.key("a"), longer.key("a"))).containsExactly(longer.key("a"));

		at(START).prune(START.plus(Duration.ofMinutes(30)));

		assertThat(this.jdbc.queryForList("select key from throttle_window", String.class)).containsExactly("longer:a");
	}

	private Throttles at(Instant now) {
		return new Throttles(this.jdbc, Clock.fixed(now, ZoneOffset.UTC), new SimpleMeterRegistry());
	}

}
