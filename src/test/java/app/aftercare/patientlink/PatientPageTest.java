package app.aftercare.patientlink;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class PatientPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PatientService patients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	LinkOpens opens;

	PatientSide side;

	StaffMember physio;

	Patient patient;

	@BeforeEach
	void aClinicWithAPhoneAndAPatient() {
		this.side = new PatientSide(this.mvc, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.jdbc.update("update clinic set phone = ? where id = ?", "+44 20 7946 0000",
				this.physio.getClinic().getId());
		this.patient = this.fixtures.patient(this.physio, "Jane", "Doe");
	}

	@Test
	void aFreshTreatmentSaysRestAndShowsTheFirstNameTheClinicItsPhoneAndThePlan() throws Exception {
		LocalDateTime treatedAt = this.side.now();
		Long id = this.side.logTreatment(this.physio, this.patient, treatedAt, "LOWER_BACK", "MODERATE");
		String token = this.side.tokenOf(this.physio, id);

		String page = this.side.page(token);

		assertThat(page).contains("data-status=\"REST\"")
			.contains("Rest for now: light activity such as walking only.")
			.contains("Jane")
			.contains("Harbour Physio")
			.contains("href=\"tel:+442079460000\"")
			.contains("datetime=\"" + PatientSide.isoHoursAfter(treatedAt, 24) + "\"")
			.contains("datetime=\"" + PatientSide.isoHoursAfter(treatedAt, 48) + "\"")
			.contains("Yoga, light cardio and bodyweight exercise.")
			.contains("Stretch gently before your full workouts.")
			.contains(">Add to calendar<")
			.contains("href=\"/p/" + token + "/calendar.ics\"")
			.contains("action=\"/p/" + token + "/check-in\"")
			.contains("name=\"_csrf\"")
			.contains("<label for=\"soreness\">Soreness (0–10)</label>")
			.contains(">Send check-in<")
			.contains(">I feel dizzy<")
			.contains(">Short of breath, or pain when breathing in<")
			.contains(">I feel fine<")
			.doesNotContain("data-urgent")
			.doesNotContain("data-safety-net");
		assertThat(milestone(page, "LIGHT_ACTIVITY")).contains("current");
		assertThat(milestone(page, "FULL_TRAINING")).contains("upcoming");
		for (String code : List.of("LIGHT_ACTIVITY", "GENTLE_STRETCHING", "ALCOHOL_CAFFEINE", "LIGHT_EXERCISE",
				"FULL_TRAINING")) {
			assertThat(page).contains("data-milestone=\"" + code + "\"");
		}
	}

	@Test
	void thePageIsAccessibleMarkupWithOneHeadingLandmarksAndALabelForEveryField() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String page = this.side.page(this.side.tokenOf(this.physio, id));

		assertThat(count(page, "<h1")).isOne();
		assertThat(count(page, "data-status=")).isOne();
		assertThat(page).contains("<html lang=\"en\"").contains("<main").contains("<header").contains("<footer");
		assertThat(page).doesNotContain("style=").doesNotContain("<script").doesNotContainPattern("\\son[a-z]+=");
		Matcher ids = Pattern.compile("<input[^>]*type=\"(?:checkbox|number)\"[^>]*id=\"([^\"]+)\"").matcher(page);
		List<String> fields = new ArrayList<>();
		while (ids.find()) {
			fields.add(ids.group(1));
		}
		assertThat(fields).hasSize(13);
		for (String field : fields) {
			assertThat(page).contains("<label for=\"" + field + "\"");
		}
		assertThat(page).contains("data-safety-net");
	}

	@Test
	void thirtyHoursAfterALowerBackTreatmentLightExerciseIsOkAndAfterThreeDaysFullTraining() throws Exception {
		Long lightExercise = this.side.logTreatment(this.physio, this.patient, this.side.now().minusHours(30),
				"LOWER_BACK", "MODERATE");
		Long fullTraining = this.side.logTreatment(this.physio, this.patient, this.side.now().minusDays(3),
				"LOWER_BACK", "MODERATE");

		String light = this.side.page(this.side.tokenOf(this.physio, lightExercise));
		assertThat(light).contains("data-status=\"LIGHT_EXERCISE_OK\"")
			.contains("Light exercise is fine now; wait before intense training.");
		assertThat(milestone(light, "LIGHT_EXERCISE")).contains("current");
		assertThat(milestone(light, "FULL_TRAINING")).contains("upcoming");

		String full = this.side.page(this.side.tokenOf(this.physio, fullTraining));
		assertThat(full).contains("data-status=\"FULL_TRAINING_OK\"").contains("You can return to your full training.");
		assertThat(milestone(full, "FULL_TRAINING")).contains("current");
		assertThat(milestone(full, "LIGHT_EXERCISE")).contains("passed");
	}

	@Test
	void aRedFlagReportedFourDaysAfterTreatmentAsksThePatientToContactThePhysio() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now().minusDays(4), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);

		this.side.checkIn(token, "symptoms", "PERSISTENT_DISCOMFORT").andExpect(status().isFound());

		String page = this.side.page(token);
		assertThat(page).contains("data-status=\"CONTACT_PHYSIO\"")
			.contains("Contact your physiotherapist before you exercise again.")
			.contains(">Call Harbour Physio<")
			.doesNotContain("data-urgent");
		for (String code : List.of("LIGHT_EXERCISE", "FULL_TRAINING")) {
			assertThat(milestone(page, code)).contains("data-on-hold=\"true\"");
			assertThat(milestoneItem(page, code)).doesNotContain("<time");
		}
		assertThat(page).doesNotContain("calendar.ics");
	}

	@Test
	void breathingDifficultyPutsUrgentCareFirstWithTheEmergencyNumberAndTheClinicsPhone() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now().minusHours(2), "SHOULDER_BLADE",
				"MODERATE");
		String token = this.side.tokenOf(this.physio, id);

		this.side.checkIn(token, "symptoms", "BREATHING_DIFFICULTY").andExpect(status().isFound());

		String page = this.side.page(token);
		int urgent = page.indexOf("data-urgent");
		assertThat(urgent).isPositive();
		assertThat(urgent).isLessThan(page.indexOf("<header"))
			.isLessThan(page.indexOf("<h1"))
			.isLessThan(page.indexOf("data-status="))
			.isLessThan(page.indexOf("data-milestone="));
		String box = page.substring(urgent, page.indexOf("</section>", urgent));
		assertThat(box).contains("href=\"tel:999\"")
			.contains("Call 999 (emergency services)")
			.contains("href=\"tel:+442079460000\"")
			.contains("Call Harbour Physio");
		assertThat(page).contains("data-status=\"URGENT\"");
		for (String code : List.of("LIGHT_EXERCISE", "FULL_TRAINING")) {
			assertThat(milestone(page, code)).contains("data-on-hold=\"true\"");
		}
		Matcher held = Pattern.compile("<li[^>]*data-on-hold=\"true\"[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(page);
		while (held.find()) {
			assertThat(held.group(1)).doesNotContain("<time");
		}
		assertThat(page).doesNotContain("calendar.ics");
	}

	@Test
	void aSpanishPatientReadsTheirPageInSpanishWhateverTheBrowserAsks() throws Exception {
		Patient ana = this.patients.create(this.physio.getClinic().getId(),
				new PatientDetails("Ana", "García", null, null, null, "es", null));
		Long id = this.side.logTreatment(this.physio, ana, this.side.now(), "LOWER_BACK", "MODERATE");
		String token = this.side.tokenOf(this.physio, id);

		String page = this.mvc.perform(get("/p/{token}", token).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<html lang=\"es\"")
			.contains("Descanse por ahora: solo actividad ligera, como caminar.")
			.contains(">Ejercicio ligero<")
			.contains(">Entrenamiento completo<")
			.contains("<label for=\"soreness\">Dolor (0–10)</label>")
			.contains(">Enviar<")
			.contains(">Añadir al calendario<")
			.doesNotContain("Rest for now")
			.doesNotContain("Send check-in");
	}

	@Test
	void thePageNeverShowsTheSurnameBirthDateContactDetailsOrNotes() throws Exception {
		Patient patient = this.patients.create(this.physio.getClinic().getId(),
				new PatientDetails("Quill", "Zebulonsky", LocalDate.of(1971, 2, 3), "quill.secret@example.org",
						"07700 900123", "en", "Allergic to marzipanxyzzy"));
		Long id = this.side.logTreatment(this.physio, patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);

		String page = this.side.page(token);

		assertThat(page).contains("Quill")
			.doesNotContain("Zebulonsky")
			.doesNotContain("1971")
			.doesNotContain("03/02")
			.doesNotContain("quill.secret")
			.doesNotContain("07700")
			.doesNotContain("marzipanxyzzy");
	}

	@Test
	void thePageReferencesNothingOutsideTheApplication() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String page = this.side.page(this.side.tokenOf(this.physio, id));

		Matcher urls = Pattern.compile("(?:href|src|action|srcset|formaction|data)=\"([^\"]*)\"").matcher(page);
		int found = 0;
		while (urls.find()) {
			found++;
			String url = urls.group(1);
			assertThat(url).as("a URL on the patient page").matches("(/(?!/).*|tel:\\+?[0-9]+|#[a-z-]+)");
		}
		assertThat(found).isGreaterThan(3);
		assertThat(page).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://");
	}

	@Test
	void openingThePageChangesNothingButWhenTheLinkWasLastOpenedWhichTheTreatmentPageShows() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		assertThat(this.side.treatmentPage(this.physio, id)).contains("data-link-opened=\"false\"");
		String before = snapshot();

		this.side.page(token);
		this.side.page(token);

		assertThat(snapshot()).isEqualTo(before);
		this.opens.flush();
		assertThat(this.jdbc.queryForObject("select open_count from patient_link where treatment_id = ?", Integer.class,
				id))
			.isEqualTo(2);
		assertThat(this.side.treatmentPage(this.physio, id)).contains("data-link-opened=\"true\"")
			.contains("(2 times)");
	}

	@Test
	void opensAtTheSameMomentAreAllCounted() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		ExecutorService patients = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> opens = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				opens.add(patients
					.submit(() -> this.mvc.perform(get("/p/{token}", token)).andReturn().getResponse().getStatus()));
			}
			for (Future<Integer> open : opens) {
				assertThat(open.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			patients.shutdownNow();
		}
		this.opens.flush();

		assertThat(this.jdbc.queryForObject("select open_count from patient_link where treatment_id = ?", Integer.class,
				id))
			.isEqualTo(40);
	}

	@Test
	void thePageNeedsTheSameFewQueriesWithOneReportOrMany() throws Exception {
		Long id = this.side.logTreatment(this.physio, this.patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		this.side.checkIn(token, "soreness", "3");
		SqlStatements.reset();
		this.side.page(token);
		int few = SqlStatements.count();
		for (int i = 0; i < 12; i++) {
			this.side.checkIn(token, "soreness", "4");
		}
		SqlStatements.reset();
		this.side.page(token);
		int many = SqlStatements.count();

		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
	}

	private String snapshot() {
		return this.jdbc.queryForObject("select (select count(*) from symptom_report) || '/' "
				+ "|| (select count(*) from review) || '/' || (select count(*) from audit_event) || '/' "
				+ "|| (select string_agg(version || ':' || updated_at, ',') from treatment) || '/' "
				+ "|| (select string_agg(version || ':' || updated_at, ',') from patient) || '/' "
				+ "|| (select count(*) from patient_link)", String.class);
	}

	/**
	 * The opening tag of a milestone's list item.
	 */
	static String milestone(String page, String code) {
		Matcher tag = Pattern.compile("<(?:li|span)[^>]*data-milestone=\"" + code + "\"[^>]*>").matcher(page);
		assertThat(tag.find()).as("milestone %s on the page", code).isTrue();
		return tag.group();
	}

	/**
	 * A milestone's whole list item, or for a milestone sharing a row with the one before
	 * it (same minute), its element up to the end of that row.
	 */
	static String milestoneItem(String page, String code) {
		Matcher item = Pattern.compile("<(?:li|span)[^>]*data-milestone=\"" + code + "\"[^>]*>.*?</li>", Pattern.DOTALL)
			.matcher(page);
		assertThat(item.find()).isTrue();
		return item.group();
	}

	static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
