package app.aftercare.patientlink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;
import app.aftercare.outbox.Channel;
import app.aftercare.outbox.ComposedMessage;
import app.aftercare.outbox.Composition;
import app.aftercare.outbox.MessageKind;
import app.aftercare.outbox.OutboxMessage;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.MutableClock;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The patient's emails as the outbox holds them and as their composer writes them when
 * due: consent on the treatment form, the link email, reminders moved with the plan, none
 * after an urgent sign or an unsubscribe, quiet hours, and what an email may say.
 * Delivery through SMTP is {@link PatientEmailDeliveryTest}.
 */
@IntegrationTest
@Import({ Fixtures.class, MutableClock.Configuration.class })
class PatientEmailsTest {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** 10:00 in London (BST). */
	static final LocalDateTime TREATED_AT = LocalDateTime.parse("2026-05-12T10:00");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PatientService patients;

	@Autowired
	ClinicService clinics;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PatientEmailComposer composer;

	@Autowired
	PlatformTransactionManager transactions;

	StaffMember physio;

	Patient ana;

	@BeforeEach
	void aClinicWithAPatientWhoHasAnEmail() {
		this.clock.set(london(TREATED_AT).plusSeconds(60));
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Long clinicId = this.physio.getClinic().getId();
		this.clinics.updateDetails(clinicId,
				new ClinicService.ClinicDetails("Harbour Physio", LONDON, "020 7946 0000", "1 Quay Street", "en"));
		this.ana = this.patients.create(clinicId, new PatientDetails("Ana", "Zubizarreta", LocalDate.of(1980, 2, 29),
				"ana@home.example", null, "en", "Secret note about her knee"));
	}

	@Test
	void theFormTicksBothEmailsForAPatientWithAnAddressAndNamesIt() throws Exception {
		String form = staffPage("/patients/" + this.ana.getId() + "/treatments/new");
		assertThat(form).contains("Email the link to the patient", "Email reminders", "ana@home.example");
		assertThat(form).containsPattern("name=\"emailLink\"[^>]*checked")
			.containsPattern("name=\"emailReminders\"[^>]*checked");
	}

	@Test
	void withoutAnAddressTheTicksAreDisabledAndATickSentAnywayIsAFieldError() throws Exception {
		Patient noEmail = this.fixtures.patient(this.physio, "Bo", "Nomail");
		String form = staffPage("/patients/" + noEmail.getId() + "/treatments/new");
		assertThat(checkbox(form, "emailLink")).contains("disabled").doesNotContain("checked");
		assertThat(checkbox(form, "emailReminders")).contains("disabled").doesNotContain("checked");
		assertThat(form).contains("The patient has no email address. Add one on their record to email them.");
		this.mvc.perform(treatment(noEmail, TREATED_AT, "NECK", "LIGHT").param("emailReminders", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("treatmentForm", "emailReminders"));
		assertThat(count("select count(*) from treatment")).isZero();
		assertThat(count("select count(*) from outbox")).isZero();
	}

	@Test
	void savingWithTheFirstTickQueuesTheLinkEmailWhichCarriesOnlyTheFirstNameTheClinicAndTheLink() throws Exception {
		Long id = log(TREATED_AT, "NECK", "LIGHT", true, false);
		String token = tokenOf(id);

		List<Map<String, Object>> rows = rows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("kind", "PATIENT_LINK")
			.containsEntry("recipient", "ana@home.example")
			.containsEntry("about", "treatment:" + id);
		ComposedMessage mail = send(rows.get(0));
		assertThat(mail.recipient()).isEqualTo("ana@home.example");
		assertThat(mail.subject()).isEqualTo("Your aftercare plan from Harbour Physio");
		assertThat(mail.text()).contains("Hello Ana,", "Harbour Physio", "020 7946 0000",
				"Tuesday 12 May 2026, 10:00 (United Kingdom time)", "/p/" + token);
		assertThat(mail.html()).contains("/p/" + token, "Ana");
		assertNothingPrivate(mail);
		assertThat(this.jdbc.queryForList("select unique_key from outbox", String.class))
			.noneMatch((key) -> key.contains(token));
	}

	@Test
	void aRevokedLinkIsNotEmailedAndSavingAgainWithTheTickEmailsTheNewOne() throws Exception {
		Long id = log(TREATED_AT, "NECK", "LIGHT", true, false);
		this.mvc.perform(post("/treatments/{id}/link", id).with(SignedIn.as(this.physio)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(compose(rows().get(0))).isEqualTo(new Composition.Skip("link revoked"));

		this.mvc
			.perform(post("/treatments/{id}", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("version", "0")
				.param("treatedAt", FORM_TIME.format(TREATED_AT))
				.param("areas", "NECK")
				.param("intensity", "LIGHT")
				.param("emailLink", "true"))
			.andExpect(status().isFound());
		List<Map<String, Object>> rows = rows();
		assertThat(rows).hasSize(2);
		assertThat(send(rows.get(1)).text()).contains("/p/" + tokenOf(id));
	}

	@Test
	void remindersAreDueWhenLightExerciseAndFullTrainingArrive() throws Exception {
		Long id = log(TREATED_AT, "LOWER_BACK", "MODERATE", false, true);

		assertThat(reminders()).containsExactly(
				"REMINDER_LIGHT_EXERCISE " + london(TREATED_AT.plusHours(24)) + " reminder:" + id + ":LIGHT_EXERCISE:"
						+ london(TREATED_AT.plusHours(24)).getEpochSecond(),
				"REMINDER_FULL_TRAINING " + london(TREATED_AT.plusHours(48)) + " reminder:" + id + ":FULL_TRAINING:"
						+ london(TREATED_AT.plusHours(48)).getEpochSecond());
		this.clock.set(london(TREATED_AT.plusHours(48)));
		ComposedMessage mail = send(rows().get(1));
		assertThat(mail.subject()).isEqualTo("Harbour Physio: you can train fully again");
		assertThat(mail.text()).contains("Hello Ana,",
				"You can train fully again from Thursday 14 May 2026, 10:00 (United Kingdom time).",
				"/p/" + tokenOf(id), "/p/" + tokenOf(id) + "/unsubscribe");
		assertThat(mail.headers().get("List-Unsubscribe"))
			.matches("<http://localhost:\\d+/p/" + java.util.regex.Pattern.quote(tokenOf(id)) + "/unsubscribe>");
		assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		assertNothingPrivate(mail);
	}

	@Test
	void oneEmailWhenLightExerciseAndFullTrainingArriveTogether() throws Exception {
		Long id = log(TREATED_AT, "NECK", "LIGHT", false, true);

		assertThat(reminders()).containsExactly("REMINDER_FULL_TRAINING " + london(TREATED_AT.plusHours(24))
				+ " reminder:" + id + ":FULL_TRAINING:" + london(TREATED_AT.plusHours(24)).getEpochSecond());
	}

	@Test
	void aRedFlagMovesTheReminderAndTheOldOneIsSkipped() throws Exception {
		Long id = log(TREATED_AT, "NECK", "LIGHT", false, true);
		this.clock.set(london(TREATED_AT.plusHours(2)));
		checkIn(tokenOf(id), "DIZZINESS");

		List<Map<String, Object>> rows = rows();
		assertThat(reminders()).containsExactly(
				"REMINDER_FULL_TRAINING " + london(TREATED_AT.plusHours(24)) + " reminder:" + id + ":FULL_TRAINING:"
						+ london(TREATED_AT.plusHours(24)).getEpochSecond(),
				"REMINDER_FULL_TRAINING " + london(TREATED_AT.plusHours(48)) + " reminder:" + id + ":FULL_TRAINING:"
						+ london(TREATED_AT.plusHours(48)).getEpochSecond());
		this.clock.set(london(TREATED_AT.plusHours(24)));
		assertThat(compose(rows.get(0))).isInstanceOf(Composition.Skip.class);
		this.clock.set(london(TREATED_AT.plusHours(48)));
		assertThat(send(rows.get(1)).text()).contains("Thursday 14 May 2026, 10:00");
	}

	@Test
	void noReminderAfterAnUrgentSign() throws Exception {
		Long id = log(TREATED_AT, "LOWER_BACK", "MODERATE", false, true);
		this.clock.set(london(TREATED_AT.plusHours(4)));
		checkIn(tokenOf(id), "BREATHING_DIFFICULTY");

		List<Map<String, Object>> rows = rows();
		assertThat(rows).hasSize(2);
		for (Map<String, Object> row : rows) {
			this.clock.set((Instant) row.get("due"));
			assertThat(compose(row)).isInstanceOf(Composition.Skip.class);
		}
	}

	@Test
	void noReminderForAMomentAlreadyPastOrWhenTheTickIsOff() throws Exception {
		log(TREATED_AT.minusDays(3), "NECK", "LIGHT", true, true);
		log(TREATED_AT, "NECK", "LIGHT", true, false);

		assertThat(rows()).extracting((row) -> row.get("kind")).containsExactly("PATIENT_LINK", "PATIENT_LINK");
	}

	@Test
	void theOneClickUnsubscribeWorksWithoutCookieOrCsrfTokenAndStopsEveryReminder() throws Exception {
		Long id = log(TREATED_AT, "LOWER_BACK", "MODERATE", false, true);
		String token = tokenOf(id);
		assertThat(patientPage(token)).contains("data-reminders=\"on\"", "Reminders by email: on");

		MvcResult result = this.mvc
			.perform(post("/p/{token}/unsubscribe", token).contentType("application/x-www-form-urlencoded")
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("Reminder emails are off.");
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		Instant stoppedAt = stoppedAt(id);
		assertThat(stoppedAt).isEqualTo(this.clock.instant());

		this.clock.set(london(TREATED_AT.plusHours(1)));
		this.mvc
			.perform(post("/p/{token}/unsubscribe", token).contentType("application/x-www-form-urlencoded")
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
		assertThat(stoppedAt(id)).isEqualTo(stoppedAt);
		assertThat(count("select count(*) from audit_event where action = 'REMINDERS_STOPPED'")).isOne();

		assertThat(patientPage(token)).contains("data-reminders=\"off\"", "Reminders by email: off")
			.doesNotContain("Turn off reminder emails");
		for (Map<String, Object> row : rows()) {
			this.clock.set((Instant) row.get("due"));
			assertThat(compose(row)).isInstanceOf(Composition.Skip.class);
		}
		this.clock.set(london(TREATED_AT.plusHours(2)));
		this.mvc
			.perform(post("/treatments/{id}/symptoms", id).with(SignedIn.as(this.physio))
				.with(csrf())
				.param("symptoms", "NAUSEA"))
			.andExpect(status().isFound());
		assertThat(rows()).hasSize(2);
	}

	@Test
	void theUnsubscribePageAsksFirstAndChangesNothing() throws Exception {
		Long id = log(TREATED_AT, "LOWER_BACK", "MODERATE", false, true);
		String token = tokenOf(id);

		MvcResult result = this.mvc.perform(get("/p/{token}/unsubscribe", token))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("Stop reminder emails",
				"name=\"List-Unsubscribe\" value=\"One-Click\"");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(stoppedAt(id)).isNull();
	}

	@Test
	void anUnknownTokenGetsThePatient404PageAndCountsAsAMiss() throws Exception {
		String unknown = "A".repeat(43);
		for (int i = 0; i < TokenGuessing.MAX_MISSES; i++) {
			this.mvc
				.perform(post("/p/{token}/unsubscribe", unknown).with(from("198.51.100.77"))
					.content("List-Unsubscribe=One-Click")
					.contentType("application/x-www-form-urlencoded"))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/p/{token}/unsubscribe", unknown).with(from("198.51.100.77")))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void thePatientPageSaysNothingOfRemindersWhenTheyWereNotTicked() throws Exception {
		Long id = log(TREATED_AT, "NECK", "LIGHT", true, false);

		assertThat(patientPage(tokenOf(id))).doesNotContain("data-reminders", "Reminders by email");
	}

	@Test
	void checkInStillNeedsItsCsrfToken() throws Exception {
		Long id = log(TREATED_AT, "NECK", "LIGHT", false, true);

		this.mvc.perform(PatientSide.checkInRequest(tokenOf(id), "symptoms", "DIZZINESS"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReminderFallingInQuietHoursIsDueWhenTheyEndAndIsDeferredIfComposedInside() throws Exception {
		LocalDateTime lateEvening = LocalDateTime.parse("2026-05-12T22:30");
		this.clock.set(london(lateEvening).plusSeconds(60));
		Long id = log(lateEvening, "FOREARM_HAND", "MODERATE", false, true);

		assertThat(reminders())
			.containsExactly("REMINDER_FULL_TRAINING " + london(LocalDateTime.parse("2026-05-14T08:00")) + " reminder:"
					+ id + ":FULL_TRAINING:" + london(lateEvening.plusHours(24)).getEpochSecond());
		this.clock.set(london(LocalDateTime.parse("2026-05-13T23:00")));
		assertThat(compose(rows().get(0)))
			.isEqualTo(new Composition.Defer(london(LocalDateTime.parse("2026-05-14T08:00"))));
	}

	@Test
	void theEmailsAreInThePatientsLanguage() throws Exception {
		Long clinicId = this.physio.getClinic().getId();
		Patient lucia = this.patients.create(clinicId,
				new PatientDetails("Lucía", "Secreto", null, "lucia@casa.example", null, "es", null));
		Long id = log(lucia, TREATED_AT, "LOWER_BACK", "MODERATE", true, true);

		List<Map<String, Object>> rows = rows();
		ComposedMessage link = send(rows.get(0));
		assertThat(link.subject()).isEqualTo("Su plan de cuidados de Harbour Physio");
		assertThat(link.text()).contains("Hola, Lucía:", "martes 12 de mayo de 2026, 10:00 (hora de Reino Unido)")
			.doesNotContain("Secreto");
		this.clock.set(london(TREATED_AT.plusHours(24)));
		ComposedMessage reminder = send(rows.get(1));
		assertThat(reminder.subject()).isEqualTo("Harbour Physio: ya puede hacer ejercicio ligero");
		assertThat(reminder.text()).contains("Puede volver a hacer ejercicio ligero desde el miércoles 13 de mayo",
				"/p/" + tokenOf(id) + "/unsubscribe");
	}

	private static String checkbox(String page, String name) {
		java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>")
			.matcher(page);
		assertThat(input.find()).as("a checkbox " + name).isTrue();
		return input.group();
	}

	private void assertNothingPrivate(ComposedMessage mail) {
		for (String part : new String[] { mail.subject(), mail.text(), mail.html() }) {
			assertThat(part).doesNotContain("Zubizarreta", "1980", "29/02", "Secret note", "knee", "Dizziness",
					"dizziness", "Nausea", "breath");
		}
	}

	private Long log(LocalDateTime treatedAt, String area, String intensity, boolean emailLink, boolean reminders)
			throws Exception {
		return log(this.ana, treatedAt, area, intensity, emailLink, reminders);
	}

	private Long log(Patient patient, LocalDateTime treatedAt, String area, String intensity, boolean emailLink,
			boolean reminders) throws Exception {
		MockHttpServletRequestBuilder request = treatment(patient, treatedAt, area, intensity);
		if (emailLink) {
			request.param("emailLink", "true");
		}
		if (reminders) {
			request.param("emailReminders", "true");
		}
		String location = this.mvc.perform(request)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.replace("/treatments/", ""));
	}

	private MockHttpServletRequestBuilder treatment(Patient patient, LocalDateTime treatedAt, String area,
			String intensity) {
		return post("/patients/{id}/treatments", patient.getId()).with(SignedIn.as(this.physio))
			.with(csrf())
			.param("treatedAt", FORM_TIME.format(treatedAt))
			.param("areas", area)
			.param("intensity", intensity);
	}

	private String tokenOf(Long treatmentId) throws Exception {
		return new PatientSide(this.mvc, this.clock).tokenOf(this.physio, treatmentId);
	}

	private void checkIn(String token, String symptom) throws Exception {
		new PatientSide(this.mvc, this.clock).checkIn(token, "symptoms", symptom).andExpect(status().isFound());
	}

	private String patientPage(String token) throws Exception {
		return new PatientSide(this.mvc, this.clock).page(token);
	}

	private String staffPage(String path) throws Exception {
		return this.mvc.perform(get(path).with(SignedIn.as(this.physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The patient's emails in the outbox (the clinic's alerts left out), by due time.
	 */
	private List<Map<String, Object>> rows() {
		return this.jdbc
			.queryForList("select id, clinic_id, kind, recipient, about, due_at, unique_key, attempts "
					+ "from outbox where kind <> 'CLINIC_ALERT' order by due_at, id")
			.stream()
			.map((row) -> {
				Map<String, Object> copy = new java.util.HashMap<>(row);
				copy.put("due", ((java.sql.Timestamp) row.get("due_at")).toInstant());
				return (Map<String, Object>) copy;
			})
			.toList();
	}

	private List<String> reminders() {
		return rows().stream()
			.filter((row) -> !"PATIENT_LINK".equals(row.get("kind")))
			.map((row) -> row.get("kind") + " " + row.get("due") + " " + row.get("unique_key"))
			.toList();
	}

	private Composition compose(Map<String, Object> row) {
		OutboxMessage message = new OutboxMessage(((Number) row.get("id")).longValue(),
				((Number) row.get("clinic_id")).longValue(), Channel.EMAIL, (String) row.get("recipient"),
				MessageKind.valueOf((String) row.get("kind")), (String) row.get("about"), (Instant) row.get("due"),
				((Number) row.get("attempts")).intValue(), (String) row.get("unique_key"));
		return new TransactionTemplate(this.transactions)
			.execute((status) -> this.composer.compose(message, this.clock.instant()));
	}

	private ComposedMessage send(Map<String, Object> row) {
		Composition composition = compose(row);
		assertThat(composition).isInstanceOf(Composition.Send.class);
		return ((Composition.Send) composition).message();
	}

	private Instant stoppedAt(Long treatmentId) {
		java.time.OffsetDateTime stopped = this.jdbc.queryForObject(
				"select reminders_stopped_at from treatment where id = ?", java.time.OffsetDateTime.class, treatmentId);
		return (stopped != null) ? stopped.toInstant() : null;
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	static Instant london(LocalDateTime local) {
		return local.atZone(LONDON).toInstant();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
