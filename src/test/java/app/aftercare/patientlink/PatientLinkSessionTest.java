package app.aftercare.patientlink;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.support.ServerIntegrationTest;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient page is the hot path every printed QR code lands on: opening it must not
 * create a server-side session. The check-in form's CSRF token lives in a cookie of the
 * patient path instead.
 */
@ServerIntegrationTest
@Import(Fixtures.class)
class PatientLinkSessionTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Autowired
	PatientLinkService links;

	@Autowired
	Clock clock;

	@Test
	void openingALinkCreatesNoSessionAndTheCheckInTokenLivesInACookieOfThePatientPath() throws Exception {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Patient patient = this.fixtures.patient(physio, "Jane", "Doe");
		Long clinicId = physio.getClinic().getId();
		Treatment treatment = this.treatments.log(clinicId, physio.getId(), patient.getId(),
				new TreatmentDetails(this.clock.instant(), List.of(TreatedArea.of(Area.NECK)), Intensity.LIGHT, false,
						null, Set.of(), null));
		String url = this.links
			.state(clinicId, treatment.getId(), this.treatments.file(clinicId, treatment.getId()).plan())
			.orElseThrow()
			.url();

		HttpResponse<String> opened = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(opened.statusCode()).isEqualTo(200);
		List<String> cookies = opened.headers().allValues("Set-Cookie");
		assertThat(cookies).noneMatch((cookie) -> cookie.startsWith("AFTERCARE_SESSION="));
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("AFTERCARE_CHECKIN=")
			.contains("Path=/p/", "HttpOnly", "SameSite=Strict"));
		assertThat(opened.headers().firstValue("Referrer-Policy")).contains("no-referrer");
	}

}
