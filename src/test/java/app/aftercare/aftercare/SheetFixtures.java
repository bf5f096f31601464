package app.aftercare.aftercare;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;
import app.aftercare.support.SignedIn;
import app.aftercare.web.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test data for the sheet: a clinic with its contact details, patients with everything
 * the sheet must not show, and treatments logged through the treatment form.
 */
@Component
class SheetFixtures {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final String PHONE = "01632 960123";

	static final String ADDRESS = "7 Quay Street, Harbour Town HT1 2AB";

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final PatientService patients;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SheetFixtures(PatientService patients, JdbcTemplate jdbc, Clock clock) {
		this.patients = patients;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Gives the staff member's clinic a phone and an address.
	 */
	void withContactDetails(StaffMember staff) {
		this.jdbc.update("update clinic set phone = ?, address = ? where id = ?", PHONE, ADDRESS,
				staff.getClinic().getId());
	}

	/**
	 * A patient with a birth date and notes, speaking the given language.
	 */
	Patient patient(StaffMember staff, String firstName, String lastName, String language) {
		return this.patients.create(staff.getClinic().getId(), new PatientDetails(firstName, lastName,
				LocalDate.of(1980, 4, 2), null, null, language, "Private note about the knee"));
	}

	/**
	 * The current minute on the clinic's wall clock.
	 */
	LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), LONDON).truncatedTo(ChronoUnit.MINUTES);
	}

	/**
	 * Logs a treatment through the form and gives its id.
	 */
	Long logTreatment(MockMvc mvc, StaffMember physio, Patient patient, LocalDateTime treatedAt, String intensity,
			String... areas) throws Exception {
		MvcResult result = mvc
			.perform(post("/patients/{id}/treatments", patient.getId()).with(SignedIn.as(physio))
				.with(csrf())
				.param("treatedAt", FORM_TIME.format(treatedAt))
				.param("intensity", intensity)
				.param("areas", areas))
			.andExpect(status().isFound())
			.andReturn();
		return Long.valueOf(result.getResponse().getRedirectedUrl().replace("/treatments/", ""));
	}

	static String iso(LocalDateTime local) {
		return Times.ISO_WITH_OFFSET.format(local.atZone(LONDON));
	}

}
