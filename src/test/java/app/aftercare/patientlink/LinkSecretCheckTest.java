package app.aftercare.patientlink;

import java.nio.file.Path;

import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every instance on one database has the same link secret (issue 12, 4): the first one
 * stores its fingerprint, another secret is refused with a message that says why.
 */
@IntegrationTest
class LinkSecretCheckTest {

	@Autowired
	LinkSecretCheck check;

	@Autowired
	LinkTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFirstSecretIsKeptAndAnotherOneIsRefusedWithAReadableReason() {
		this.check.check(this.tokens.secretFingerprint());
		assertThatNoException().as("a restart with the same secret")
			.isThrownBy(() -> this.check.check(this.tokens.secretFingerprint()));

		LinkTokens another = new LinkTokens("another secret of at least thirty-two characters", Path.of("unused"));
		LinkSecretMismatchException refused = assertThatExceptionOfType(LinkSecretMismatchException.class)
			.isThrownBy(() -> this.check.check(another.secretFingerprint()))
			.actual();

		FailureAnalysis analysis = new LinkSecretFailureAnalyzer().analyze(new IllegalStateException(refused));
		assertThat(analysis.getDescription()).contains("aftercare.link-secret", "first used with");
		assertThat(analysis.getAction()).contains("same AFTERCARE_LINK_SECRET");
	}

	@Test
	void theDatabaseKeepsAFingerprintNeverTheSecret() {
		LinkTokens known = new LinkTokens("a known secret of at least thirty-two characters", Path.of("unused"));
		this.check.check(this.tokens.secretFingerprint());
		assertThat(this.jdbc.queryForObject("select fingerprint from link_secret", String.class))
			.isEqualTo(this.tokens.secretFingerprint());
		assertThat(known.secretFingerprint()).hasSize(64)
			.doesNotContain("known secret")
			.isNotEqualTo(this.tokens.secretFingerprint());
	}

}
