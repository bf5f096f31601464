package app.aftercare.web;

import java.util.List;
import java.util.Random;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY.md 21: random strings, huge values, bad dates, unknown codes and missing fields
 * sent to the staff forms give an answer below 500, every time.
 */
@IntegrationTest
@Import(Fixtures.class)
class FormFuzzTest {

	private static final long SEED = 0xAF7E2C0DEL;

	private static final int ROUNDS = 300;

	private static final List<String> NASTY = List.of("", " ", "0", "-1", "2147483648", "99999999999999999999", "1e309",
			"NaN", "null", "true", "2026-02-30T10:00", "2026-13-01T10:00", "0000-01-01T00:00", "9999-12-31T23:59",
			"2026-05-12", "10:00", "yesterday", "LOWER_BACK", "lower_back", "STRONG", "MARS", "DIZZINESS",
			"<img src=x onerror=alert(1)>", "' or 1=1 --", "%00", "\u0000", "\uD800", "ñandú 🙂", "x".repeat(5000),
			"(select 1)", "../../etc/passwd");

	private static final List<String> TREATMENT_FIELDS = List.of("treatedAt", "areas", "side", "intensity",
			"sensitiveArea", "needleCount", "symptoms", "notes", "version", "clinicId", "patientId", "preview");

	private static final List<String> PATIENT_FIELDS = List.of("firstName", "lastName", "dateOfBirth", "email", "phone",
			"preferredLanguage", "notes", "clinicId", "id", "version");

	private static final List<String> SYMPTOM_FIELDS = List.of("symptoms", "soreness", "feelFine", "treatmentId");

	private static final List<String> REVIEW_FIELDS = List.of("clearRedFlags", "clearedFrom", "extendedMilestone",
			"extendedTo", "note", "patientNote");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithAPatient() {
		this.physio = this.fixtures.clinicWithAdmin("Fuzz Clinic", "owner@fuzz.example");
		this.patient = this.fixtures.patient(this.physio, "Fuzzy", "Patient");
	}

	@Test
	void aNulCharacterInAnyTextFieldIsAFieldErrorNotAServerError() throws Exception {
		this.mvc
			.perform(post("/patients").with(SignedIn.as(this.physio))
				.with(csrf())
				.param("firstName", "Nul\u0000")
				.param("lastName", "Patient")
				.param("notes", "a\u0000b")
				.param("preferredLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("patientForm", "firstName", "notes"));
		this.mvc
			.perform(post("/patients/{id}/treatments", this.patient.getId()).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("treatedAt", "2026-05-12T10:00")
				.param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("notes", "\u0000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "notes"));
	}

	@Test
	void randomInputToTheStaffFormsNeverGivesAServerError() throws Exception {
		Random random = new Random(SEED);
		for (int round = 0; round < ROUNDS; round++) {
			send(random, round, post("/patients"), PATIENT_FIELDS);
			send(random, round, post("/patients/{id}", this.patient.getId()), PATIENT_FIELDS);
			send(random, round, post("/patients/{id}/treatments", this.patient.getId()), TREATMENT_FIELDS);
			send(random, round, post("/treatments/{id}/symptoms", 1), SYMPTOM_FIELDS);
			send(random, round, post("/treatments/{id}/review", 1), REVIEW_FIELDS);
		}
	}

	private void send(Random random, int round, MockHttpServletRequestBuilder request, List<String> fields)
			throws Exception {
		StringBuilder sent = new StringBuilder();
		for (String field : fields) {
			int values = random.nextInt(3);
			for (int i = 0; i < values; i++) {
				String value = random.nextBoolean() ? NASTY.get(random.nextInt(NASTY.size())) : randomText(random);
				request.param(field, value);
				sent.append(field)
					.append('=')
					.append(value.length() > 40 ? value.substring(0, 40) + "…" : value)
					.append("; ");
			}
		}
		int status = this.mvc.perform(request.with(SignedIn.as(this.physio)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("seed %s round %d: %s", SEED, round, sent).isLessThan(500);
	}

	private static String randomText(Random random) {
		int length = random.nextInt(20);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000));
		}
		return text.toString();
	}

}
