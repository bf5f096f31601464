package app.aftercare.audit;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One audit vocabulary: every action has a label in every language, and addresses are
 * written one way each.
 */
class AuditVocabularyTest {

	@ParameterizedTest
	@ValueSource(strings = { "messages/admin.properties", "messages/admin_es.properties" })
	void everyActionHasALabel(String bundle) throws Exception {
		Properties labels = new Properties();
		try (Reader reader = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
				StandardCharsets.UTF_8)) {
			labels.load(reader);
		}
		for (AuditAction action : AuditAction.values()) {
			assertThat(labels.getProperty(action.messageKey())).as(action + " in " + bundle).isNotBlank();
		}
	}

	@ParameterizedTest
	@CsvSource({ "0:0:0:0:0:0:0:1, ::1", "::1, ::1", "::ffff:127.0.0.1, 127.0.0.1", "127.0.0.1, 127.0.0.1",
			"2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "0:0:0:0:0:0:0:1%0, ::1", "fe80:0:0:0:1:2:3:4, fe80::1:2:3:4",
			"unknown, unknown" })
	void addressesHaveOneSpellingEach(String address, String stored) {
		assertThat(AuditLog.normalisedAddress(address)).isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource({ "/admin/audit, /admin/audit", "/p/abcDEF123/check-in, /p/***/check-in", "/p/abc, /p/***",
			"/password-reset/abcDEF123, /password-reset/***", "/password-reset, /password-reset" })
	void aDeniedPathNeverKeepsALinkToken(String path, String kept) {
		assertThat(AuditLog.maskedPath(path)).isEqualTo(kept);
	}

}
