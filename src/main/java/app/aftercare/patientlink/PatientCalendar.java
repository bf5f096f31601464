package app.aftercare.patientlink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import app.aftercare.rules.Milestone;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.Plan;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "Add to calendar": the moments light exercise and full training are allowed again, as
 * an iCalendar file in the patient's language. It names the patient by first name and the
 * clinic, nothing more; it never contains the link.
 */
@Component
class PatientCalendar {

	static final List<MilestoneCode> EVENTS = List.of(MilestoneCode.LIGHT_EXERCISE, MilestoneCode.FULL_TRAINING);

	/** Events are short reminders, shown as free time. */
	static final Duration LENGTH = Duration.ofMinutes(30);

	private final MessageSource messages;

	PatientCalendar(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Whether the plan has a moment to put in a calendar: not while exercise is on hold.
	 */
	static boolean hasEvents(Plan plan) {
		return EVENTS.stream().anyMatch((code) -> !plan.milestone(code).onHold());
	}

	/**
	 * A stable UID per treatment and milestone, so that a second download updates the
	 * events instead of adding new ones.
	 */
	static String uid(Long treatmentId, MilestoneCode code) {
		return "treatment-" + treatmentId + "-" + code.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@aftercare";
	}

	String write(PatientPage page, Instant now) {
		Plan plan = page.file().plan();
		Locale locale = page.locale();
		int sequence = page.file().changes();
		String contact = (page.clinicPhone() != null)
				? message("patient.calendar.contactPhone", locale, page.clinicName(), page.clinicPhone())
				: page.clinicName();
		CalendarWriter ics = new CalendarWriter().begin("VCALENDAR")
			.property("VERSION", "2.0")
			.property("PRODID",
					"-//Aftercare//Patient calendar " + plan.ruleSet() + "//"
							+ locale.getLanguage().toUpperCase(Locale.ROOT))
			.property("CALSCALE", "GREGORIAN");
		for (MilestoneCode code : EVENTS) {
			Milestone milestone = plan.milestone(code);
			if (milestone.onHold()) {
				continue;
			}
			ics.begin("VEVENT")
				.property("UID", uid(page.treatmentId(), code))
				.utc("DTSTAMP", now)
				.property("SEQUENCE", Integer.toString(sequence))
				.utc("DTSTART", milestone.from())
				.utc("DTEND", milestone.from().plus(LENGTH))
				.text("SUMMARY", message("patient.calendar." + code + ".summary", locale, page.clinicName()))
				.text("DESCRIPTION",
						message("patient.calendar.description", locale, page.firstName(),
								message("milestone." + code + ".what", locale), contact))
				.property("TRANSP", "TRANSPARENT")
				.end("VEVENT");
		}
		return ics.end("VCALENDAR").toString();
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
