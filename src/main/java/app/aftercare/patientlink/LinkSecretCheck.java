package app.aftercare.patientlink;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes every instance on one database use the same {@code aftercare.link-secret}: the
 * first instance stores the secret's fingerprint, and an instance whose secret has
 * another fingerprint refuses to start. Otherwise a link printed by one instance would be
 * "not found" on the next, at random, depending on which one the proxy picked.
 */
@Component
class LinkSecretCheck implements InitializingBean {

	private final JdbcTemplate jdbc;

	private final LinkTokens tokens;

	private final Clock clock;

	LinkSecretCheck(JdbcTemplate jdbc, LinkTokens tokens, Clock clock) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		check(this.tokens.secretFingerprint());
	}

	/**
	 * @throws LinkSecretMismatchException when the database was first used with another
	 * secret
	 */
	void check(String fingerprint) {
		String stored = this.jdbc.queryForObject("""
				insert into link_secret (id, fingerprint, stored_at) values (1, ?, ?)
				on conflict (id) do update set id = 1
				returning fingerprint""", String.class, fingerprint, Timestamp.from(this.clock.instant()));
		if (!fingerprint.equals(stored)) {
			throw new LinkSecretMismatchException();
		}
	}

}
