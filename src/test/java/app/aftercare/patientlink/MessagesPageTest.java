package app.aftercare.patientlink;

import java.time.Clock;

import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.outbox.OutboxWorker;
import app.aftercare.patient.Patient;
import app.aftercare.security.Role;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /admin/messages} without a mail server (the tests' default): an alert waits as
 * "no mail server configured", listed for the clinic's admins only, its recipient masked.
 */
@IntegrationTest
@Import(Fixtures.class)
class MessagesPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

	@Autowired
	OutboxWorker worker;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	PatientSide side;

	StaffMember admin;

	@BeforeEach
	void anAlertWithoutAMailServer() throws Exception {
		this.side = new PatientSide(this.mvc, this.clock);
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Patient patient = this.fixtures.patient(this.admin, "Jane", "Doe");
		Long id = this.side.logTreatment(this.admin, patient, this.side.now(), "NECK", "LIGHT");
		this.side.checkIn(this.side.tokenOf(this.admin, id), "symptoms", "DIZZINESS").andExpect(status().isFound());
		assertThat(this.worker.runOnce()).isEqualTo(1);
	}

	@Test
	void anAdminSeesTheAlertWaitingForAMailServerWithItsRecipientMasked() throws Exception {
		String page = messagesPage(this.admin);

		assertThat(page).contains("data-no-mail-server");
		String table = page.substring(page.indexOf("<table class=\"messages\""), page.indexOf("</table>"));
		assertThat(table).contains("data-status=\"NO_SERVER\"")
			.contains("No mail server configured")
			.contains("Clinic alert")
			.contains("o•••@harbour.example")
			.doesNotContain("owner@harbour.example", "Doe");
		assertThat(this.jdbc.queryForObject("select status from outbox", String.class)).isEqualTo("NO_SERVER");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'MESSAGE_LIST'",
				Integer.class))
			.isOne();
	}

	@Test
	void aFailedMessageIsShownWithItsAttemptsAndLastError() throws Exception {
		this.jdbc.update("update outbox set status = 'FAILED', attempts = 29, "
				+ "last_error = 'MailSendException: Mail server connection failed'");

		String page = messagesPage(this.admin);

		String table = page.substring(page.indexOf("<table class=\"messages\""), page.indexOf("</table>"));
		assertThat(table).contains("data-status=\"FAILED\"")
			.contains(">Failed<")
			.contains("<td>29</td>")
			.contains("MailSendException: Mail server connection failed");
	}

	@Test
	void anotherClinicsAdminSeesNoneOfIt() throws Exception {
		StaffMember other = this.fixtures.clinicWithAdmin("Other Clinic", "admin@other.example");

		String page = messagesPage(other);

		assertThat(page).contains("No messages yet.").doesNotContain("harbour.example");
	}

	@Test
	void aPhysiotherapistIsRefused() throws Exception {
		StaffMember physio = this.staffService.add(this.admin.getClinic().getId(),
				new StaffService.NewStaffMember("Pat Physio", "pat@harbour.example", Fixtures.PASSWORD, Role.PHYSIO));

		this.mvc.perform(get("/admin/messages").with(SignedIn.as(physio))).andExpect(status().isForbidden());
	}

	@Test
	void theAdminPagesLinkToIt() throws Exception {
		assertThat(messagesPage(this.admin)).contains("href=\"/admin/messages\"");
		this.mvc.perform(get("/admin/staff").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("href=\"/admin/messages\"")));
	}

	private String messagesPage(StaffMember staff) throws Exception {
		return this.mvc.perform(get("/admin/messages").with(SignedIn.as(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
