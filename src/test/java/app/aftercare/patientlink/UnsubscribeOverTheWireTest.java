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
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.support.ServerIntegrationTest;
import app.aftercare.treatment.EmailConsent;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail client's one-click unsubscribe (RFC 8058) on a real server: a bare POST with the
 * body {@code List-Unsubscribe=One-Click}, no cookie, no CSRF token, turns reminders off;
 * neither it nor the page behind the link creates a session.
 */
@ServerIntegrationTest
@Import(Fixtures.class)
class UnsubscribeOverTheWireTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	PatientService patients;

	@Autowired
	TreatmentService treatments;

	@Autowired
	PatientLinkService links;

	@Autowired
	Clock clock;

	@Test
	void aBareOneClickPostTurnsRemindersOffAndNothingCreatesASession() throws Exception {
		StaffMember physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Long clinicId = physio.getClinic().getId();
		Patient ana = this.patients.create(clinicId,
				new PatientDetails("Ana", "Doe", null, "ana@home.example", null, "en", null));
		Treatment treatment = this.treatments.log(
				clinicId, physio.getId(), ana.getId(), new TreatmentDetails(this.clock.instant(),
						List.of(TreatedArea.of(Area.LOWER_BACK)), Intensity.MODERATE, false, null, Set.of(), null),
				new EmailConsent(false, true));
		String url = this.links
			.state(clinicId, treatment.getId(), this.treatments.file(clinicId, treatment.getId()).plan())
			.orElseThrow()
			.url();
		HttpClient client = HttpClient.newHttpClient();

		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url + "/unsubscribe")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Stop reminder emails");
		assertThat(page.headers().allValues("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith("AFTERCARE_SESSION="));
		assertThat(this.treatments.file(clinicId, treatment.getId()).treatment().remindersOn()).isTrue();

		HttpResponse<String> oneClick = client.send(HttpRequest.newBuilder(URI.create(url + "/unsubscribe"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(oneClick.body()).contains("Reminder emails are off.");
		assertThat(oneClick.headers().allValues("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith("AFTERCARE_SESSION="));
		assertThat(this.treatments.file(clinicId, treatment.getId()).treatment().remindersOn()).isFalse();
	}

}
