package app.aftercare.patientlink;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * QUALITY 18 and 32: a form sent twice with its key — a double click, a retry, two
 * requests at the same moment — makes one record and raises one alert; the second request
 * gets the first one's redirect. The key lives in the database, not in a session (the
 * patient's side has none).
 */
@IntegrationTest
@Import(Fixtures.class)
class DoubleSubmitTest {

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	PatientSide side;

	StaffMember physio;

	Long treatmentId;

	String token;

	@BeforeEach
	void aTreatmentWithItsLink() throws Exception {
		this.side = new PatientSide(this.mvc, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Patient patient = this.fixtures.patient(this.physio, "Jane", "Doe");
		this.treatmentId = this.side.logTreatment(this.physio, patient, this.side.now(), "NECK", "LIGHT");
		this.token = this.side.tokenOf(this.physio, this.treatmentId);
	}

	@Test
	void aCheckInSentTwiceIsOneReportAndOneAlert() throws Exception {
		String key = UUID.randomUUID().toString();
		List<String> redirects = sequentially(() -> checkIn(key));

		assertThat(redirects).containsOnly("/p/" + this.token + "?checked-in=alerted").hasSize(2);
		assertThat(count("select count(*) from symptom_report where source = 'PATIENT'")).isOne();
		assertThat(count("select count(*) from symptom_report where alert_level is not null")).isOne();
		assertThat(this.jdbc.queryForList("select form || ' ' || redirect from submission", String.class))
			.singleElement()
			.satisfies((row) -> assertThat(row).doesNotContain(this.token));
	}

	@Test
	void aCheckInSentTwiceAtOnceIsOneReportAndOneAlert() throws Exception {
		String key = UUID.randomUUID().toString();
		List<String> redirects = atOnce(() -> checkIn(key));

		assertThat(redirects).containsOnly("/p/" + this.token + "?checked-in=alerted").hasSize(2);
		assertThat(count("select count(*) from symptom_report where source = 'PATIENT'")).isOne();
		assertThat(count("select count(*) from symptom_report where alert_level is not null")).isOne();
	}

	@Test
	void staffSymptomsSentTwiceSequentiallyAndAtOnceAreOneReportEach() throws Exception {
		String first = UUID.randomUUID().toString();
		sequentially(
				() -> staff(post("/treatments/{id}/symptoms", this.treatmentId).param("symptoms", "DIZZINESS"), first));
		String second = UUID.randomUUID().toString();
		atOnce(() -> staff(post("/treatments/{id}/symptoms", this.treatmentId).param("symptoms", "NAUSEA"), second));

		assertThat(count("select count(*) from symptom_report where source = 'CLINIC'")).isEqualTo(2);
	}

	@Test
	void aReviewSentTwiceSequentiallyAndAtOnceIsOneReviewEach() throws Exception {
		LocalDateTime from = this.side.now().plusMinutes(1);
		String first = UUID.randomUUID().toString();
		sequentially(() -> staff(post("/treatments/{id}/review", this.treatmentId).param("clearRedFlags", "true")
			.param("clearedFrom", FORM_TIME.format(from))
			.param("note", "first"), first));
		String second = UUID.randomUUID().toString();
		atOnce(() -> staff(post("/treatments/{id}/review", this.treatmentId).param("clearRedFlags", "true")
			.param("clearedFrom", FORM_TIME.format(from))
			.param("note", "second"), second));

		assertThat(this.jdbc.queryForList("select note from review order by id", String.class)).containsExactly("first",
				"second");
	}

	@Test
	void aLinkReissueAndAnAcknowledgementSentTwiceAtOnceHappenOnce() throws Exception {
		checkIn(UUID.randomUUID().toString());
		Long alert = this.jdbc.queryForObject("select id from symptom_report where alert_level is not null",
				Long.class);
		atOnce(() -> staff(post("/treatments/{id}/link", this.treatmentId), "00000000-0000-4000-8000-000000000001"));
		atOnce(() -> staff(post("/treatments/{id}/alerts/{report}/acknowledge", this.treatmentId, alert),
				"00000000-0000-4000-8000-000000000002"));

		assertThat(count("select count(*) from patient_link")).as("the first link and one reissue").isEqualTo(2);
		assertThat(count("select count(*) from audit_event where action = 'ACKNOWLEDGE'")).isOne();
	}

	@Test
	void anAdminFormSentTwiceAddsOneStaffMember() throws Exception {
		String key = UUID.randomUUID().toString();
		List<String> redirects = sequentially(() -> staff(post("/admin/staff").param("name", "Pat Physio")
			.param("email", "pat@harbour.example")
			.param("password", Fixtures.PASSWORD)
			.param("role", "PHYSIO"), key));

		assertThat(redirects).containsExactly("/admin/staff", "/admin/staff");
		assertThat(count("select count(*) from staff_member")).isEqualTo(2);
	}

	@Test
	void aKeyAlreadyUsedOnOneFormDoesNotBlockAnother() throws Exception {
		String key = UUID.randomUUID().toString();
		staff(post("/treatments/{id}/symptoms", this.treatmentId).param("symptoms", "DIZZINESS"), key);
		staff(post("/treatments/{id}/review", this.treatmentId).param("clearRedFlags", "true")
			.param("clearedFrom", FORM_TIME.format(this.side.now().plusMinutes(1)))
			.param("note", "same page"), key);

		assertThat(count("select count(*) from symptom_report where source = 'CLINIC'")).isOne();
		assertThat(count("select count(*) from review")).isOne();
	}

	private String checkIn(String key) throws Exception {
		return this.mvc
			.perform(PatientSide.checkInRequest(this.token, "symptoms", "DIZZINESS", "submission", key).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String staff(MockHttpServletRequestBuilder request, String key) throws Exception {
		MvcResult result = this.mvc
			.perform(request.param("submission", key).with(SignedIn.as(this.physio)).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private static List<String> sequentially(Post post) throws Exception {
		return List.of(post.send(), post.send());
	}

	/**
	 * Two threads released together send the same form.
	 */
	private static List<String> atOnce(Post post) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch ready = new CountDownLatch(2);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<String>> sent = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sent.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return post.send();
				}));
			}
			ready.await();
			go.countDown();
			List<String> redirects = new ArrayList<>();
			for (Future<String> one : sent) {
				redirects.add(one.get());
			}
			return redirects;
		}
		finally {
			threads.shutdownNow();
		}
	}

	@FunctionalInterface
	private interface Post {

		String send() throws Exception;

	}

}
