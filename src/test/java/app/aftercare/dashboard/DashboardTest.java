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
