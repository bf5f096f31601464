package app.aftercare.security;

import app.aftercare.support.Fixtures;
import app.aftercare.support.ServerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README "Behind a proxy": forwarded headers from an address that is not a trusted proxy
 * are ignored, so nobody can forge their address in the audit trail or dodge the
 * per-address throttle by claiming another.
 */
@ServerIntegrationTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1")
@Import(Fixtures.class)
class UntrustedProxyTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
		this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		ProxyClient forger = new ProxyClient(this.port);

		String cookie = ProxyClient.cookie(forger.logIn("owner@harbour.example", Fixtures.PASSWORD),
				"AFTERCARE_SESSION");
		forger.logIn("owner@harbour.example", "not the password");

		assertThat(cookie).doesNotContainIgnoringCase("; Secure");
		assertThat(this.jdbc.queryForList("select remote_address from audit_event where action = 'LOGIN_FAILED'",
				String.class))
			.containsExactly("127.0.0.1");
	}

}
