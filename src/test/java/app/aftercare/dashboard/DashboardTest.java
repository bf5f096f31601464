package app.aftercare.dashboard;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import app.aftercare.support.SqlStatements;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class DashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Autowired
	Clock clock;

	@Autowired
	ClinicService clinics;

	@Autowired
	JdbcTemplate jdbc;

	StaffMember physio;

	@BeforeEach
	void aClinic() {
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void theDashboardNeedsTheSameFewQueriesForOneOrManyAlertsAndTreatments() throws Exception {
		treatedTodayWithAnAlert("Ann");
		int few = queries();
		for (String name : List.of("Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon")) {
			treatedTodayWithAnAlert(name);
		}
		int many = queries();
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(10);
	}

	@Test
	void alertsAreListedUrgentFirstThenContactPhysioThenOtherRedFlags() throws Exception {
		Treatment redFlag = treatment("Ann");
		this.treatments.recordSymptoms(clinicId(), redFlag.getId(), SymptomSource.PATIENT, Set.of(Symptom.NAUSEA),
				null);
		Treatment urgent = treatment("Ben");
		this.treatments.recordSymptoms(clinicId(), urgent.getId(), SymptomSource.PATIENT, Set.of(Symptom.CHEST_PAIN),
				null);
		Treatment later = treatment("Cai");
		this.treatments.recordSymptoms(clinicId(), later.getId(), SymptomSource.PATIENT, Set.of(Symptom.DIZZINESS),
				null);

		String page = this.mvc.perform(get("/").with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("data-alert=\"URGENT\"")).isNotNegative()
			.isLessThan(page.indexOf("data-alert=\"RED_FLAG\""));
		assertThat(page).contains("Ben Patient", "Ann Patient", "Cai Patient");
	}

	@Test
	void anAdminIsAskedForTheClinicsPhoneUntilItIsSet() throws Exception {
		String page = this.mvc.perform(get("/").with(SignedIn.as(this.physio)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-missing-phone", "href=\"/admin/clinic\"");

		this.clinics.updateDetails(clinicId(), new ClinicService.ClinicDetails("Harbour Physio",
				ZoneId.of("Europe/London"), "01632 960123", "7 Quay Street", "en"));
		page = this.mvc.perform(get("/").with(SignedIn.as(this.physio))).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("data-missing-phone");
	}

	@Test
	void everyStaffPageShowsTheOpenAlertCountInTheTopBar() throws Exception {
		assertThat(page("/patients")).contains("id=\"alert-count\"", "No open alerts");
		treatedTodayWithAnAlert("Ann");
		treatedTodayWithAnAlert("Ben");
		for (String path : List.of("/", "/patients", "/admin/staff", "/admin/clinic")) {
			assertThat(page(path)).as(path).contains("data-count=\"2\"", "2 open alerts");
		}
		assertThat(this.mvc.perform(get("/patients").with(SignedIn.as(this.physio)).header("Accept-Language", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("2 alertas abiertas");
	}

	@Test
	void theDashboardPollsAFragmentThatBringsNewAlertsAndTheCountWithoutAuditingEachPoll() throws Exception {
		String dashboard = page("/");
		assertThat(dashboard).contains("hx-get=\"/dashboard/alerts\"", "hx-trigger=\"every 20s\"",
				"name=\"htmx-config\"", "\"includeIndicatorStyles\":false", "/webjars/htmx.org/");

		Treatment treatment = treatment("Ann");
		this.jdbc.update("update patient set phone = '+44 7700 900123' where first_name = 'Ann'");
		this.treatments.recordSymptoms(clinicId(), treatment.getId(), SymptomSource.PATIENT, Set.of(Symptom.CHEST_PAIN),
				null);
		int audited = this.jdbc.queryForObject("select count(*) from audit_event", Integer.class);
		String fragment = page("/dashboard/alerts");
		assertThat(fragment).doesNotContain("<html", "<header")
			.contains("id=\"alerts\"", "hx-get=\"/dashboard/alerts\"", "data-alert=\"URGENT\"", "Ann Patient")
			.contains("href=\"tel:+447700900123\"", "+44 7700 900123")
			.contains("id=\"alert-count\"", "hx-swap-oob=\"true\"", "1 open alert");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(audited);
	}

	@Test
	void theAlertFragmentNeedsASignedInStaffMember() throws Exception {
		this.mvc.perform(get("/dashboard/alerts")).andExpect(status().isFound());
	}

	@Test
	void theDashboardHasAPatientSearchBox() throws Exception {
		assertThat(page("/")).contains("role=\"search\"", "action=\"/patients\"", "name=\"q\"", "Find a patient");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void treatedTodayWithAnAlert(String name) {
		Treatment treatment = treatment(name);
		this.treatments.recordSymptoms(clinicId(), treatment.getId(), SymptomSource.PATIENT, Set.of(Symptom.DIZZINESS),
				8);
	}

	private Treatment treatment(String name) {
		Patient patient = this.fixtures.patient(this.physio, name, "Patient");
		return this.treatments.log(clinicId(), this.physio.getId(), patient.getId(),
				new TreatmentDetails(this.clock.instant(), List.of(TreatedArea.of(Area.CALF)), Intensity.MODERATE,
						false, null, Set.of(), null));
	}

	private Long clinicId() {
		return this.physio.getClinic().getId();
	}

	private int queries() throws Exception {
		SqlStatements.reset();
		this.mvc.perform(get("/").with(SignedIn.as(this.physio))).andExpect(status().isOk());
		return SqlStatements.count();
	}

}
