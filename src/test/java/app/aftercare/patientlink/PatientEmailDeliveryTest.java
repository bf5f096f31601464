package app.aftercare.patientlink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;
import app.aftercare.outbox.OutboxWorker;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.Mailbox;
import app.aftercare.support.MutableClock;
import app.aftercare.support.SignedIn;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The patient's emails delivered by the application's own outbox worker to a real SMTP
 * server (GreenMail), with the test clock: the link at once, each reminder at its moment
 * and not before, a reminder moved by a red flag, none after an urgent sign or an
 * unsubscribe, and one due at night sent at 08:00 clinic time.
 */
@IntegrationTest
@Import({ Fixtures.class, MutableClock.Configuration.class })
class PatientEmailDeliveryTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** 10:00 in London (BST). */
	private static final LocalDateTime TREATED_AT = LocalDateTime.parse("2026-05-12T10:00");

	private static final String ANA = "ana@home.example";

	static final Mailbox mailbox = Mailbox.started();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		mailbox.configure(properties);
	}

	@AfterAll
	static void stopTheMailServer() {
		mailbox.stop();
	}

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
	OutboxWorker worker;

	StaffMember physio;

	Patient ana;

	@BeforeEach
	void aClinicWithAPatientWhoHasAnEmail() throws Exception {
		mailbox.empty();
		this.clock.set(london(TREATED_AT).plusSeconds(60));
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.clinics.updateDetails(this.physio.getClinic().getId(),
				new ClinicService.ClinicDetails("Harbour Physio", LONDON, "020 7946 0000", "1 Quay Street", "en"));
		this.ana = this.patients.create(this.physio.getClinic().getId(), new PatientDetails("Ana", "Zubizarreta",
				LocalDate.of(1980, 2, 29), ANA, null, "en", "Secret note about her knee"));
	}

	@Test
	void theLinkEmailArrivesAtOnceWithTheLinkAndNothingPrivate() throws Exception {
		Long id = log(TREATED_AT, "NECK", "LIGHT", true, false);

		this.worker.runOnce();

		List<MimeMessage> mails = mailbox.to(ANA);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Your aftercare plan from Harbour Physio");
		String body = GreenMailUtil.getBody(mails.get(0));
		assertThat(body).contains("Hello Ana,", "/p/" + tokenOf(id));
		assertNothingPrivate(mails.get(0));
	}

	@Test
	void eachReminderArrivesAtItsMomentAndNotBefore() throws Exception {
		Long id = log(TREATED_AT, "LOWER_BACK", "MODERATE", false, true);

		runAt(TREATED_AT.plusHours(24).minusMinutes(1));
		assertThat(mailbox.to(ANA)).isEmpty();
		runAt(TREATED_AT.plusHours(24));
		assertThat(subjects()).containsExactly("Harbour Physio: light exercise is fine again");
		runAt(TREATED_AT.plusHours(48).minusMinutes(1));
		assertThat(mailbox.to(ANA)).hasSize(1);
		runAt(TREATED_AT.plusHours(48));
		assertThat(subjects()).containsExactly("Harbour Physio: light exercise is fine again",
				"Harbour Physio: you can train fully again");

		MimeMessage fullTraining = mailbox.to(ANA).get(1);
		String unsubscribe = "/p/" + tokenOf(id) + "/unsubscribe";
		assertThat(fullTraining.getHeader("List-Unsubscribe", null)).startsWith("<http").endsWith(unsubscribe + ">");
		assertThat(fullTraining.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(GreenMailUtil.getBody(fullTraining)).contains("Thursday 14 May 2026, 10:00 (United Kingdom time)",
				unsubscribe);
		assertNothingPrivate(fullTraining);
		runAt(TREATED_AT.plusHours(72));
		assertThat(mailbox.to(ANA)).as("each reminder once").hasSize(2);
	}

	@Test
	void aRedFlagMovesTheReminder() throws Exception {
		Long id = log(TREATED_AT, "NECK", "LIGHT", false, true);
		this.clock.set(london(TREATED_AT.plusHours(2)));
		new PatientSide(this.mvc, this.clock).checkIn(tokenOf(id), "symptoms", "DIZZINESS")
			.andExpect(status().isFound());

		runAt(TREATED_AT.plusHours(24));
		assertThat(mailbox.to(ANA)).as("nothing at the old time").isEmpty();
		runAt(TREATED_AT.plusHours(48));
		assertThat(subjects()).containsExactly("Harbour Physio: you can train fully again");
		assertThat(GreenMailUtil.getBody(mailbox.to(ANA).get(0))).contains("Thursday 14 May 2026, 10:00");
		assertNothingPrivate(mailbox.to(ANA).get(0));
	}

	@Test
	void noReminderAfterAnUrgentSign() throws Exception {
		Long id = log(TREATED_AT, "LOWER_BACK", "MODERATE", false, true);
		this.clock.set(london(TREATED_AT.plusHours(3)));
		new PatientSide(this.mvc, this.clock).checkIn(tokenOf(id), "symptoms", "BREATHING_DIFFICULTY")
			.andExpect(status().isFound());

		runAt(TREATED_AT.plusHours(24));
		runAt(TREATED_AT.plusHours(48));
		runAt(TREATED_AT.plusHours(72));
		assertThat(mailbox.to(ANA)).isEmpty();
		assertThat(mailbox.to("owner@harbour.example")).as("the physiotherapist hears of it").hasSize(1);
	}

	@Test
	void noReminderAfterTheUnsubscribePageOrTheOneClickPost() throws Exception {
		Long fromThePage = log(TREATED_AT, "LOWER_BACK", "MODERATE", false, true);
		Long oneClick = log(TREATED_AT, "CALF", "MODERATE", false, true);
		String pageToken = tokenOf(fromThePage);
		this.mvc.perform(get("/p/{token}/unsubscribe", pageToken)).andExpect(status().isOk());
		this.mvc.perform(post("/p/{token}/unsubscribe", pageToken).with(csrf()).param("List-Unsubscribe", "One-Click"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/p/{token}/unsubscribe", tokenOf(oneClick)).contentType("application/x-www-form-urlencoded")
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());

		runAt(TREATED_AT.plusHours(24));
		runAt(TREATED_AT.plusHours(48));
		assertThat(mailbox.to(ANA)).isEmpty();
	}

	@Test
	void aReminderDueAtHalfPastTenAtNightIsSentAtEight() throws Exception {
		LocalDateTime lateEvening = LocalDateTime.parse("2026-05-12T22:30");
		this.clock.set(london(lateEvening).plusSeconds(60));
		log(lateEvening, "FOREARM_HAND", "MODERATE", false, true);

		runAt(lateEvening.plusHours(24));
		runAt(LocalDateTime.parse("2026-05-14T07:59"));
		assertThat(mailbox.to(ANA)).isEmpty();
		runAt(LocalDateTime.parse("2026-05-14T08:00"));
		assertThat(subjects()).containsExactly("Harbour Physio: you can train fully again");
		assertThat(GreenMailUtil.getBody(mailbox.to(ANA).get(0))).contains("Wednesday 13 May 2026, 22:30");
	}

	private void runAt(LocalDateTime londonTime) {
		this.clock.set(london(londonTime));
		this.worker.runOnce();
	}

	private List<String> subjects() throws Exception {
		List<String> subjects = new java.util.ArrayList<>();
		for (MimeMessage mail : mailbox.to(ANA)) {
			subjects.add(mail.getSubject());
		}
		return subjects;
	}

	/**
	 * What the recipient reads — the subject and every text part, decoded — never the
	 * MIME boundaries or message id, whose random digits may hold anything ("1980").
	 */
	private static void assertNothingPrivate(MimeMessage mail) throws Exception {
		String all = mail.getSubject() + " " + mail.getFrom()[0] + " " + text(mail.getContent());
		assertThat(all).doesNotContain("Zubizarreta", "1980", "Secret note", "knee", "Dizziness", "dizziness",
				"Breathing", "breath");
	}

	private static String text(Object content) throws Exception {
		if (content instanceof jakarta.mail.Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i).getContent())).append(' ');
			}
			return text.toString();
		}
		return String.valueOf(content);
	}

	private Long log(LocalDateTime treatedAt, String area, String intensity, boolean emailLink, boolean reminders)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/patients/{id}/treatments", this.ana.getId())
			.with(SignedIn.as(this.physio))
			.with(csrf())
			.param("treatedAt", FORM_TIME.format(treatedAt))
			.param("areas", area)
			.param("intensity", intensity);
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

	private String tokenOf(Long treatmentId) throws Exception {
		return new PatientSide(this.mvc, this.clock).tokenOf(this.physio, treatmentId);
	}

	private static Instant london(LocalDateTime local) {
		return local.atZone(LONDON).toInstant();
	}

}
