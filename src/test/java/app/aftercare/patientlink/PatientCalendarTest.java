package app.aftercare.patientlink;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class PatientCalendarTest {

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

	PatientSide side;

	StaffMember physio;

	@BeforeEach
	void aClinic() {
		this.side = new PatientSide(this.mvc, this.clock);
		this.physio = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void theCalendarHasLightExerciseAndFullTrainingAtTheirInstantsWithStableUids() throws Exception {
		Patient patient = this.patients.create(this.physio.getClinic().getId(), new PatientDetails("Jane", "Zebulonsky",
				null, "jane.secret@example.org", "07700 900123", "en", "Notes xyzzy"));
		LocalDateTime treatedAt = this.side.now();
		Long id = this.side.logTreatment(this.physio, patient, treatedAt, "LOWER_BACK", "MODERATE");
		String token = this.side.tokenOf(this.physio, id);

		MockHttpServletResponse response = download(token);
		String ics = response.getContentAsString(StandardCharsets.UTF_8);

		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(MediaType.parseMediaType("text/calendar; charset=utf-8"));
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("aftercare.ics");
		assertStrictlyFormatted(ics);
		Calendar calendar = parse(ics);
		assertThat(calendar.validate().getEntries()).as("ical4j validation").isEmpty();
		assertThat(calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
		assertThat(calendar.<Property>getProperty(Property.PRODID)).isPresent();
		Map<String, VEvent> events = events(calendar);
		assertThat(events).containsOnlyKeys("treatment-" + id + "-light-exercise@aftercare",
				"treatment-" + id + "-full-training@aftercare");
		VEvent light = events.get("treatment-" + id + "-light-exercise@aftercare");
		VEvent full = events.get("treatment-" + id + "-full-training@aftercare");
		assertThat(start(light)).isEqualTo(PatientSide.instantHoursAfter(treatedAt, 24));
		assertThat(start(full)).isEqualTo(PatientSide.instantHoursAfter(treatedAt, 48));
		assertThat(light.<Property>getProperty(Property.DTSTAMP)).isPresent();
		assertThat(text(light, Property.SUMMARY)).isEqualTo("Light exercise is fine again (Harbour Physio)");
		assertThat(text(full, Property.SUMMARY)).isEqualTo("Full training is fine again (Harbour Physio)");
		assertThat(text(full, Property.DESCRIPTION)).startsWith("Jane, from now: Intense exercise")
			.contains("not medical clearance");
		assertThat(ics).contains("DTSTART:")
			.doesNotContain(token)
			.doesNotContain("Zebulonsky")
			.doesNotContain("jane.secret")
			.doesNotContain("07700")
			.doesNotContain("xyzzy")
			.doesNotContain("/p/");

		Map<String, VEvent> again = events(parse(download(token).getContentAsString(StandardCharsets.UTF_8)));
		assertThat(again.keySet()).isEqualTo(events.keySet());
	}

	@Test
	void aSymptomMovesTheEventsAndTheSecondDownloadUpdatesThem() throws Exception {
		Patient patient = this.fixtures.patient(this.physio, "Jane", "Doe");
		LocalDateTime treatedAt = this.side.now();
		Long id = this.side.logTreatment(this.physio, patient, treatedAt, "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);
		VEvent before = events(parse(download(token).getContentAsString(StandardCharsets.UTF_8)))
			.get("treatment-" + id + "-full-training@aftercare");

		this.side.checkIn(token, "symptoms", "DIZZINESS", "symptoms", "NAUSEA");

		VEvent after = events(parse(download(token).getContentAsString(StandardCharsets.UTF_8)))
			.get("treatment-" + id + "-full-training@aftercare");
		assertThat(start(before)).isEqualTo(PatientSide.instantHoursAfter(treatedAt, 24));
		assertThat(start(after)).isEqualTo(PatientSide.instantHoursAfter(treatedAt, 72));
		assertThat(Integer.parseInt(text(after, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(text(before, Property.SEQUENCE)));
	}

	@Test
	void aSpanishPatientGetsTheEventsInSpanishAndTheClinicNameIsEscaped() throws Exception {
		this.jdbc.update("update clinic set name = ?, phone = ? where id = ?", "Fisio Sol, Mar; y \\ Cía",
				"+34 910 000 000", this.physio.getClinic().getId());
		Patient ana = this.patients.create(this.physio.getClinic().getId(),
				new PatientDetails("Ana", "García", null, null, null, "es", null));
		Long id = this.side.logTreatment(this.physio, ana, this.side.now(), "NECK", "LIGHT");

		String ics = this.mvc
			.perform(get("/p/{token}/calendar.ics", this.side.tokenOf(this.physio, id))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertStrictlyFormatted(ics);
		assertThat(ics).contains("Fisio Sol\\, Mar\\; y \\\\ Cía");
		VEvent light = events(parse(ics)).get("treatment-" + id + "-light-exercise@aftercare");
		assertThat(text(light, Property.SUMMARY))
			.isEqualTo("Ya puede hacer ejercicio ligero (Fisio Sol, Mar; y \\ Cía)");
		assertThat(text(light, Property.DESCRIPTION)).startsWith("Ana, desde ahora: Yoga")
			.contains("(+34 910 000 000)");
	}

	@Test
	void whileExerciseIsOnHoldThereIsNothingToAdd() throws Exception {
		Patient patient = this.fixtures.patient(this.physio, "Jane", "Doe");
		Long id = this.side.logTreatment(this.physio, patient, this.side.now(), "NECK", "LIGHT");
		String token = this.side.tokenOf(this.physio, id);

		this.side.checkIn(token, "symptoms", "CHEST_PAIN");

		this.mvc.perform(get("/p/{token}/calendar.ics", token)).andExpect(status().isNotFound());
		assertThat(this.side.page(token)).doesNotContain("calendar.ics");
	}

	private MockHttpServletResponse download(String token) throws Exception {
		return this.mvc.perform(get("/p/{token}/calendar.ics", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	/**
	 * RFC 5545 3.1: CRLF after every line, no line longer than 75 octets.
	 */
	static void assertStrictlyFormatted(String ics) {
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static Map<String, VEvent> events(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		return events.stream().collect(Collectors.toMap((event) -> text(event, Property.UID), (event) -> event));
	}

	static Instant start(VEvent event) {
		DateProperty<?> start = event.getRequiredProperty(Property.DTSTART);
		assertThat(start.isUtc()).isTrue();
		return Instant.from(start.getDate());
	}

	static String text(VEvent event, String property) {
		return event.<Property>getRequiredProperty(property).getValue();
	}

}
