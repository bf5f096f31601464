package app.aftercare.privacy;

import java.util.ArrayList;
import java.util.List;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patientlink.LinkTokens;
import app.aftercare.privacy.TreatedPatients.TreatedPatient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import({ Fixtures.class, TreatedPatients.class })
class PrivacyExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatedPatients treatedPatients;

	@Autowired
	LinkTokens linkTokens;

	StaffMember admin;

	TreatedPatient treated;

	@BeforeEach
	void aPatientWithTreatmentsReportsReviewsAndLinks() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.treated = this.treatedPatients.of(this.admin);
	}

	@Test
	void theExportIsAJsonDownloadThatIsNeverCached() throws Exception {
		this.mvc.perform(get("/admin/patients/{id}/export", patientId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"patient-" + patientId() + ".json\""))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
	}

	@Test
	void theExportHoldsThePatientsDetails() throws Exception {
		JsonNode patient = export().get("patient");
		assertThat(patient.get("id").asLong()).isEqualTo(patientId());
		assertThat(patient.get("firstName").asString()).isEqualTo("José");
		assertThat(patient.get("lastName").asString()).isEqualTo("García");
		assertThat(patient.get("dateOfBirth").asString()).isEqualTo("1980-05-12");
		assertThat(patient.get("email").asString()).isEqualTo("jose@example.com");
		assertThat(patient.get("phone").asString()).isEqualTo("+34 600 111 222");
		assertThat(patient.get("preferredLanguage").asString()).isEqualTo("es");
		assertThat(patient.get("notes").asString()).isEqualTo("Marathon in June");
		assertThat(patient.get("createdAt").asString()).endsWith("Z");
		assertThat(patient.get("erasedAt").isNull()).isTrue();
	}

	@Test
	void theExportHoldsEveryTreatmentWithAreasIntensityNotesAndPlan() throws Exception {
		JsonNode treatments = export().get("treatments");
		assertThat(treatments.size()).isEqualTo(2);
		JsonNode neck = treatments.get(0);
		JsonNode lowerBack = treatments.get(1);
		assertThat(neck.get("id").asLong()).isEqualTo(this.treated.neck().getId());
		assertThat(neck.get("areas").get(0).get("area").asString()).isEqualTo("NECK");
		assertThat(neck.get("sensitiveArea").asBoolean()).isTrue();
		assertThat(neck.get("notes").asString()).isEqualTo("Mentioned his divorce");
		assertThat(neck.get("symptomReports").get(0).get("symptoms").get(0).asString()).isEqualTo("DIZZINESS");
		assertThat(neck.get("symptomReports").get(0).get("source").asString()).isEqualTo("CLINIC");

		assertThat(lowerBack.get("id").asLong()).isEqualTo(this.treated.lowerBack().getId());
		assertThat(lowerBack.get("treatedAt").asString()).isEqualTo(this.treated.lowerBack().getTreatedAt().toString());
		assertThat(lowerBack.get("physiotherapist").asString()).isEqualTo("Alex Physio");
		assertThat(lowerBack.get("areas").get(0).get("area").asString()).isEqualTo("LOWER_BACK");
		assertThat(lowerBack.get("areas").get(0).get("side").asString()).isEqualTo("LEFT");
		assertThat(lowerBack.get("intensity").asString()).isEqualTo("STRONG");
		assertThat(lowerBack.get("needleCount").asInt()).isEqualTo(8);
		assertThat(lowerBack.get("notes").asString()).isEqualTo("Tight after his long run");
		assertThat(lowerBack.get("ruleSet").asString()).isEqualTo("2026.1");

		JsonNode milestones = lowerBack.get("plan").get("milestones");
		List<String> codes = new ArrayList<>();
		milestones.forEach((milestone) -> codes.add(milestone.get("code").asString()));
		assertThat(codes).containsExactly("LIGHT_ACTIVITY", "GENTLE_STRETCHING", "ALCOHOL_CAFFEINE", "LIGHT_EXERCISE",
				"FULL_TRAINING");
		assertThat(milestones.get(4).get("rules").size()).isPositive();
		assertThat(lowerBack.get("plan").get("status").asString()).isNotBlank();
	}

	@Test
	void theExportHoldsSymptomReportsReviewsAndLinkHistory() throws Exception {
		JsonNode lowerBack = export().get("treatments").get(1);
		JsonNode report = lowerBack.get("symptomReports").get(0);
		assertThat(report.get("source").asString()).isEqualTo("PATIENT");
		assertThat(report.get("symptoms").get(0).asString()).isEqualTo("SIGNIFICANT_BRUISING");
		assertThat(report.get("soreness").asInt()).isEqualTo(6);

		JsonNode review = lowerBack.get("reviews").get(0);
		assertThat(review.get("note").asString()).isEqualTo("Phoned José, bruise is fine");
		assertThat(review.get("patientNote").asString()).isEqualTo("See you on Friday, José.");
		assertThat(review.get("reviewer").asString()).isEqualTo("Alex Physio");
		assertThat(review.get("clearedFrom").isNull()).isFalse();

		JsonNode links = lowerBack.get("links");
		assertThat(links.size()).isEqualTo(2);
		assertThat(links.get(0).get("revokedAt").isNull()).isFalse();
		assertThat(links.get(1).get("revokedAt").isNull()).isTrue();
		assertThat(links.get(1).get("openCount").asInt()).isZero();
		assertThat(links.get(1).propertyNames()).containsExactlyInAnyOrder("createdAt", "revokedAt", "lastOpenedAt",
				"openCount");
	}

	@Test
	void theExportNeverHoldsALinkTokenOrWhatItIsMadeFrom() throws Exception {
		String body = exportResponse().getContentAsString();
		List<String> seeds = this.jdbc.queryForList("select seed from patient_link", String.class);
		List<String> hashes = this.jdbc.queryForList("select token_hash from patient_link", String.class);
		assertThat(seeds).hasSize(3);
		for (String seed : seeds) {
			assertThat(body).doesNotContain(seed).doesNotContain(this.linkTokens.token(seed));
		}
		for (String hash : hashes) {
			assertThat(body).doesNotContain(hash);
		}
		assertThat(body).doesNotContain("\"seed\"").doesNotContain("token").doesNotContain("/p/");
	}

	@Test
	void theExportIsAudited() throws Exception {
		export();
		assertThat(this.jdbc
			.queryForObject("select count(*) from audit_event where action = 'EXPORT' and record_type = 'Patient' "
					+ "and record_id = ? and actor_id = ?", Integer.class, patientId(), this.admin.getId()))
			.isOne();
	}

	@Test
	void aPatientOfAnotherClinicIsNotFoundAndTheAttemptIsAudited() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "other@clinic.example");
		this.mvc.perform(get("/admin/patients/{id}/export", patientId()).with(SignedIn.as(other)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("García"))));
		this.mvc.perform(get("/admin/patients/{id}/export", 987654).with(SignedIn.as(this.admin)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RECORD_NOT_FOUND' and record_id = ? and clinic_id = ?",
				Integer.class, patientId(), other.getClinic().getId()))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'", Integer.class))
			.isZero();
	}

	private JsonNode export() throws Exception {
		return JsonMapper.builder().build().readTree(exportResponse().getContentAsString());
	}

	private MockHttpServletResponse exportResponse() throws Exception {
		return this.mvc.perform(get("/admin/patients/{id}/export", patientId()).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private Long patientId() {
		return this.treated.patient().getId();
	}

}
