package app.aftercare.patientlink;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import app.aftercare.clinic.ZoneNames;
import app.aftercare.rules.Symptom;
import app.aftercare.treatment.PlanChange;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The link behind a token, and what the patient page shows of it: for the page itself
 * ({@link PatientPageController}) and for a check-in shown again with its errors
 * ({@link CheckInController}).
 */
@Component
class PatientPageModel {

	static final String VIEW = "patient/page";

	private static final List<Symptom> RED_FLAGS = Arrays.stream(Symptom.values()).filter(Symptom::redFlag).toList();

	private static final List<Symptom> URGENT_SIGNS = Arrays.stream(Symptom.values())
		.filter(Symptom::urgentSign)
		.toList();

	private final PatientPageService pages;

	private final TokenGuessing guessing;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	private final MessageSource messages;

	private final ZoneNames zoneNames;

	PatientPageModel(PatientPageService pages, TokenGuessing guessing, LocaleResolver localeResolver, Clock clock,
			MessageSource messages, ZoneNames zoneNames) {
		this.pages = pages;
		this.guessing = guessing;
		this.localeResolver = localeResolver;
		this.clock = clock;
		this.messages = messages;
		this.zoneNames = zoneNames;
	}

	/**
	 * The page of a link, in one query with the address's token guesses; a token that
	 * leads nowhere counts as a guess.
	 * @throws LinkNotFoundException when the token leads nowhere (unknown, malformed,
	 * revoked, expired)
	 * @throws app.aftercare.web.TooManyRequestsException when the address has guessed too
	 * often
	 */
	PatientPage find(String token, HttpServletRequest request) {
		return this.pages.find(token, this.guessing.key(request)).orElseThrow(() -> this.guessing.miss(request));
	}

	/**
	 * Fills the model of the patient page, in the patient's language.
	 * @return the page's view
	 */
	String show(PatientPage page, String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		this.localeResolver.setLocale(request, response, page.locale());
		Instant now = this.clock.instant();
		model.addAttribute("token", token);
		model.addAttribute("firstName", page.firstName());
		model.addAttribute("clinic", ClinicContact.of(page));
		model.addAttribute("plan", page.file().planAt(page.zone(), now));
		model.addAttribute("zoneName", this.zoneNames.name(page.zone(), page.locale()));
		model.addAttribute("emergency", page.emergency());
		model.addAttribute("calendar", PatientCalendar.hasEvents(page.file().plan()));
		model.addAttribute("change", page.file()
			.lastChange()
			.filter(PlanChange::worthTelling)
			.map((change) -> PlanChangeText.of(change, page.clinicName(), page.zone(), page.locale(), this.messages))
			.orElse(null));
		model.addAttribute("reminders", RemindersByEmail.of(page.file()));
		model.addAttribute("redFlags", RED_FLAGS);
		model.addAttribute("urgentSigns", URGENT_SIGNS);
		return VIEW;
	}

	/**
	 * Fills the model of the unsubscribe page, in the patient's language.
	 * @param stopped whether the reminders were just stopped
	 * @return the page's view
	 */
	String showUnsubscribe(PatientPage page, String token, boolean stopped, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		this.localeResolver.setLocale(request, response, page.locale());
		model.addAttribute("token", token);
		model.addAttribute("firstName", page.firstName());
		model.addAttribute("clinic", ClinicContact.of(page));
		RemindersByEmail reminders = RemindersByEmail.of(page.file());
		model.addAttribute("stopped", stopped);
		model.addAttribute("reminders", (stopped && reminders != null) ? new RemindersByEmail(false) : reminders);
		return "patient/unsubscribe";
	}

	/**
	 * The clinic as the patient page shows it.
	 *
	 * @param name the clinic's name
	 * @param phone the phone as entered, or null
	 * @param phoneUri the phone as a {@code tel:} link, or null
	 */
	record ClinicContact(String name, String phone, String phoneUri) {

		static ClinicContact of(PatientPage page) {
			return new ClinicContact(page.clinicName(), page.clinicPhone(), page.clinicPhoneUri());
		}

	}

}
