package app.aftercare.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.patientlink.PatientLinkService;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.support.ServerIntegrationTest;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README "Behind a proxy", with the default trusted proxies (loopback): what a
 * TLS-terminating proxy on this machine forwards makes cookies Secure and shows the
 * client's own address to the throttles and the audit trail.
 */
@ServerIntegrationTest
@Import(Fixtures.class)
class BehindAProxyTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TreatmentService treatments;

	@Autowired
	PatientLinkService links;

	@Autowired
	Clock clock;

	StaffMember admin;

	@BeforeEach
	void aClinic() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void theSessionCookieIsSecureWhenTheClientUsedHttps() throws Exception {
		ProxyClient proxy = new ProxyClient(this.port);
		String cookie = ProxyClient.cookie(proxy.logIn("owner@harbour.example", Fixtures.PASSWORD),
				"AFTERCARE_SESSION");
		assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly");
		assertThat(proxy.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void thePatientPageSetsNoCookieToSecureAtAll() throws Exception {
		Patient patient = this.fixtures.patient(this.admin, "Lara", "Proxy");
		Treatment treatment = this.treatments.log(this.admin.getClinic().getId(), this.admin.getId(), patient.getId(),
				new TreatmentDetails(this.clock.instant(), List.of(new TreatedArea(Area.NECK, null)), Intensity.LIGHT,
						false, null, Set.of(), null));
		String url = this.links
			.state(this.admin.getClinic().getId(), treatment.getId(),
					this.treatments.file(this.admin.getClinic().getId(), treatment.getId()).plan())
			.orElseThrow()
			.url();

		var page = new ProxyClient(this.port).get(url.substring(url.indexOf("/p/")));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void theAuditTrailAndTheLoginThrottleSeeTheClientsAddressNotTheProxys() throws Exception {
		new ProxyClient(this.port).logIn("owner@harbour.example", "not the password");

		assertThat(this.jdbc.queryForList("select remote_address from audit_event where action = 'LOGIN_FAILED'",
				String.class))
			.containsExactly(ProxyClient.CLIENT);
	}

}
