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
import org.springframework.jdbc.core.JdbcTemplate;

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

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void openingALinkSetsNoCookieAtAll() throws Exception {
		String url = aPatientLink("Harbour Physio", "owner@harbour.example");

		HttpResponse<String> opened = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(opened.headers().firstValue("Referrer-Policy")).contains("no-referrer");
	}

	@Test
	void checkingInCreatesNoSessionEitherAndTheNextPageConfirmsIt() throws Exception {
		String url = aPatientLink("Quay Physio", "owner@quay.example");
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> opened = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		String body = "_csrf=" + PatientSide.hidden(opened.body(), "_csrf") + "&submission="
				+ PatientSide.hidden(opened.body(), "submission") + "&feelFine=true&soreness=1";
		Integer sessionsBefore = this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);

		HttpResponse<String> sent = client.send(HttpRequest.newBuilder(URI.create(url + "/check-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
		String next = sent.headers().firstValue("Location").orElseThrow();
		assertThat(next).endsWith("?checked-in=sent");
		HttpResponse<String> confirmed = client.send(HttpRequest.newBuilder(URI.create(url).resolve(next)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(confirmed.body()).contains("data-checked-in");
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class))
			.isEqualTo(sessionsBefore);

		HttpResponse<String> forged = client.send(
				HttpRequest.newBuilder(URI.create(url + "?checked-in=%3Cb%3E")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(200);
		assertThat(forged.body()).doesNotContain("data-checked-in");
	}

	@Test
	void aCheckInNeedsTheFormTokenOfItsOwnLink() throws Exception {
		String url = aPatientLink("Quay Physio", "owner@quay.example");
		String other = aPatientLink("Bay Physio", "owner@bay.example");
		HttpClient client = HttpClient.newHttpClient();
		String page = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String otherPage = client
			.send(HttpRequest.newBuilder(URI.create(other)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String fields = "&submission=" + PatientSide.hidden(page, "submission") + "&feelFine=true&soreness=1";

		assertThat(post(client, url + "/check-in", fields.substring(1)).statusCode()).as("no token").isEqualTo(403);
		assertThat(post(client, url + "/check-in", "_csrf=" + PatientSide.hidden(otherPage, "_csrf") + fields)
			.statusCode()).as("the token of another link").isEqualTo(403);
		assertThat(post(client, url + "/check-in", "_csrf=" + PatientSide.hidden(page, "_csrf").substring(1) + fields)
			.statusCode()).as("a token cut short").isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from symptom_report", Integer.class)).isZero();

		assertThat(post(client, url + "/check-in", "_csrf=" + PatientSide.hidden(page, "_csrf") + fields).statusCode())
			.as("its own token")
			.isEqualTo(302);
		assertThat(PatientSide.hidden(page, "_csrf")).isNotEqualTo(PatientSide.hidden(otherPage, "_csrf"))
			.doesNotContain(url.substring(url.lastIndexOf('/') + 1));
	}

	private static HttpResponse<String> post(HttpClient client, String url, String body) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String aPatientLink(String clinic, String owner) {
		StaffMember physio = this.fixtures.clinicWithAdmin(clinic, owner);
		Patient patient = this.fixtures.patient(physio, "Jane", "Doe");
		Long clinicId = physio.getClinic().getId();
		Treatment treatment = this.treatments.log(clinicId, physio.getId(), patient.getId(),
				new TreatmentDetails(this.clock.instant(), List.of(TreatedArea.of(Area.NECK)), Intensity.LIGHT, false,
						null, Set.of(), null));
		return this.links.state(clinicId, treatment.getId(), this.treatments.file(clinicId, treatment.getId()).plan())
			.orElseThrow()
			.url();
	}

}
