package app.aftercare.web;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.FuzzValues;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY 21 and 26: at least 10,000 seeded random requests to every form, the check-in,
 * the preview API and the pages' query strings — random strings, huge values, far dates,
 * unknown and blank codes, missing and repeated fields, more than 1,000 parameters — get
 * an answer below 500 every time, and log no ERROR and no stack trace. What only Tomcat
 * does with the bytes on the wire (encodings, sizes, request targets) is fuzzed on a real
 * server by {@link WireFuzzTest}.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@Import(Fixtures.class)
class FormFuzzTest {

	private static final long SEED = 0xAF7E2C0DEL;

	private static final int ROUNDS = 560;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	StaffMember admin;

	Patient patient;

	Long treatment;

	String token;

	@BeforeEach
	void aClinicWithAPatientAndATreatment() throws Exception {
		this.admin = this.fixtures.clinicWithAdmin("Fuzz Clinic", "owner@fuzz.example");
		this.patient = this.fixtures.patient(this.admin, "Fuzzy", "Patient");
		String location = this.mvc
			.perform(post("/patients/{id}/treatments", this.patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.param("treatedAt", java.time.LocalDateTime.now().withSecond(0).withNano(0).toString())
				.param("areas", "NECK")
				.param("intensity", "LIGHT"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.treatment = Long.valueOf(location.replace("/treatments/", ""));
		String page = this.mvc.perform(get(location).with(SignedIn.as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("/p/") + 3;
		this.token = page.substring(start, page.indexOf('"', start));
	}

	@Test
	void aNulCharacterInAnyTextFieldIsAFieldErrorNotAServerError() throws Exception {
		this.mvc
			.perform(post("/patients").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("firstName", "Nul\u0000")
				.param("lastName", "Patient")
				.param("notes", "a\u0000b")
				.param("preferredLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("patientForm", "firstName", "notes"));
		this.mvc
			.perform(post("/patients/{id}/treatments", this.patient.getId()).with(SignedIn.as(this.admin))
				.with(csrf())
				.param("treatedAt", "2026-05-12T10:00")
				.param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("notes", "\u0000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "notes"));
	}

	@Test
	void tenThousandRandomRequestsGetNoServerError(CapturedOutput output) throws Exception {
		int logFrom = output.getAll().length();
		Random random = new Random(SEED);
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<Target> targets = targets();
		int sent = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (Target target : targets) {
				if (round % target.every() != 0) {
					continue;
				}
				int status = send(random, round, target);
				statuses.merge(status, 1, Integer::sum);
				sent++;
			}
		}
		System.out.println("FormFuzzTest: " + sent + " requests (seed " + SEED + "), by status: " + statuses);
		assertThat(sent).isGreaterThanOrEqualTo(10_000);
		assertThat(statuses.keySet()).allMatch((status) -> status < 500);
		assertThat(output.getAll().substring(logFrom)).doesNotContain(" ERROR ")
			.doesNotContain("\tat ")
			.doesNotContain(this.token);
	}

	private List<Target> targets() {
		Long id = this.patient.getId();
		Long t = this.treatment;
		return List.of(new Target("POST", "/setup", false, 10, "clinicName", "timeZone", "name", "email", "password"),
				new Target("POST", "/login", false, 10, "email", "password", "remember-me"),
				new Target("POST", "/patients", true, "firstName", "lastName", "dateOfBirth", "email", "phone",
						"preferredLanguage", "notes", "clinicId", "id", "version"),
				new Target("POST", "/patients/" + id, true, "firstName", "lastName", "dateOfBirth", "email", "phone",
						"preferredLanguage", "notes", "clinicId", "version"),
				new Target("POST", "/patients/" + id + "/treatments", true, "treatedAt", "areas", "side", "intensity",
						"sensitiveArea", "needleCount", "symptoms", "notes", "emailLink", "emailReminders", "clinicId",
						"patientId", "submission"),
				new Target("POST", "/patients/" + id + "/treatments?preview", true, "treatedAt", "areas", "side",
						"intensity", "sensitiveArea", "needleCount", "symptoms", "notes"),
				new Target("POST", "/treatments/" + t, true, "version", "treatedAt", "areas", "side", "intensity",
						"sensitiveArea", "needleCount", "symptoms", "notes", "emailLink", "emailReminders"),
				new Target("POST", "/treatments/" + t + "/symptoms", true, "symptoms", "soreness", "feelFine",
						"treatmentId"),
				new Target("POST", "/treatments/" + t + "/review", true, "clearRedFlags", "clearedFrom",
						"extendedMilestone", "extendedTo", "note", "patientNote"),
				new Target("POST", "/patients/" + id + "/treatments/preview", true, "treatedAt", "areas", "side",
						"intensity", "sensitiveArea", "needleCount", "symptoms", "notes"),
				new Target("POST", "/treatments/" + t + "/alerts/1/acknowledge", true, "reportId", "version"),
				new Target("POST", "/treatments/" + t + "/link", true, "treatmentId"),
				new Target("POST", "/admin/clinic", true, "name", "timeZone", "phone", "address", "defaultLanguage"),
				new Target("POST", "/admin/staff", true, 10, "name", "email", "password", "role"),
				new Target("POST", "/admin/staff/" + this.admin.getId() + "/password-reset", true, 10, "submission"),
				new Target("POST", "/password-reset", false, 5, "email", "submission"),
				new Target("GET", "/password-reset/" + "A".repeat(43), false, "x"),
				new Target("POST", "/password-reset/" + "A".repeat(43), false, 5, "password", "submission"),
				new Target("POST", "/password-reset/" + FuzzValues.NASTY.get(0) + "x", false, 5, "password"),
				new Target("POST", "/p/" + this.token + "/check-in", false, "symptoms", "soreness", "feelFine",
						"treatmentId"),
				new Target("POST", "/p/" + FuzzValues.NASTY.get(0) + "x/check-in", false, "symptoms", "soreness"),
				new Target("POST", "/p/" + this.token + "/unsubscribe", false, "List-Unsubscribe", "treatmentId"),
				new Target("POST", "/p/" + FuzzValues.NASTY.get(0) + "x/unsubscribe", false, "List-Unsubscribe"),
				new Target("GET", "/p/" + this.token + "/unsubscribe", false, "lang"),
				new Target("JSON", "/api/v1/plans/preview", false),
				new Target("GET", "/patients", true, "q", "page", "size", "sort"),
				new Target("GET", "/", true, "page", "size"),
				new Target("GET", "/admin/audit", true, "page", "size", "from", "to", "action"),
				new Target("GET", "/p/" + this.token, false, "from", "lang"),
				new Target("GET", "/login", false, "error", "logout", "expired", "continue"));
	}

	private int send(Random random, int round, Target target) throws Exception {
		MockHttpServletRequestBuilder request = switch (target.method()) {
			case "GET" -> get(target.path());
			case "JSON" -> post(target.path()).contentType(MediaType.APPLICATION_JSON).content(json(random));
			default -> post(target.path());
		};
		StringBuilder sent = new StringBuilder();
		for (String field : target.fields()) {
			int values = random.nextInt(3);
			for (int i = 0; i < values; i++) {
				String value = FuzzValues.value(random);
				request.param(field, value);
				sent.append(field).append('=').append(value, 0, Math.min(value.length(), 40)).append("; ");
			}
		}
		if (random.nextInt(50) == 0) {
			for (int i = 0; i < 1_001; i++) {
				request.param("p" + i, "x");
			}
			sent.append("1,001 more parameters");
		}
		if (target.staff()) {
			request.with(SignedIn.as(this.admin));
		}
		String address = "10.77." + random.nextInt(256) + "." + random.nextInt(256);
		request.with((sending) -> {
			// the throttles count by address and live as long as the application context,
			// which later tests share: this run's failures must not count against
			// 127.0.0.1
			sending.setRemoteAddr(address);
			return sending;
		});
		if (random.nextInt(10) > 0) {
			request.with(csrf());
		}
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as("seed %s round %d %s %s: %s", SEED, round, target.method(), target.path(), sent)
			.isLessThan(500);
		return status;
	}

	private static String json(Random random) {
		String[] fields = { "treatedAt", "timeZone", "areas", "intensity", "sensitiveArea", "symptoms", "review",
				"at" };
		StringBuilder json = new StringBuilder("{");
		for (String field : fields) {
			if (random.nextInt(4) == 0) {
				continue;
			}
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(field).append("\":");
			switch (random.nextInt(5)) {
				case 0 ->
					json.append('"').append(FuzzValues.value(random).replace("\\", "").replace("\"", "")).append('"');
				case 1 -> json.append("[{\"code\":\"").append(random.nextBoolean() ? "NECK" : " ").append("\"}]");
				case 2 -> json.append(random.nextInt());
				case 3 -> json.append("null");
				default -> json.append("{\"x\":[").append("1,".repeat(random.nextInt(5))).append("1]}");
			}
		}
		return random.nextInt(20) == 0 ? json.substring(0, json.length() / 2) : json.append('}').toString();
	}

	/**
	 * A request to fuzz; sent every {@code every} rounds (logins and new passwords are
	 * hashed with Argon2, which is slow on purpose).
	 */
	private record Target(String method, String path, boolean staff, int every, String... fields) {

		Target(String method, String path, boolean staff, String... fields) {
			this(method, path, staff, 1, fields);
		}

	}

}
