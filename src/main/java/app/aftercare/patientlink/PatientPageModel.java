package app.aftercare.patientlink;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/** The parameter naming what the page after a check-in confirms. */
	static final String CHECKED_IN = "checked-in";

	/**
	 * The check-in form's model attribute: empty on every open, so not part of a kept
	 * page's key.
	 */
	static final String CHECK_IN_FORM = "checkInForm";

	private static final Map<String, String> CONFIRMATIONS = Map.of("sent", "patient.checkIn.sent", "alerted",
			"patient.checkIn.alerted", "urgent", "patient.checkIn.urgent");

	private static final String LOOKED_UP = PatientPageModel.class.getName() + ".LOOKED_UP";

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
	 * leads nowhere counts as a guess. When {@link KeptPatientPages} looked the token up
	 * for this request already, its answer is used rather than asked again.
	 * @throws LinkNotFoundException when the token leads nowhere (unknown, malformed,
	 * revoked, expired)
	 * @throws app.aftercare.web.TooManyRequestsException when the address has guessed too
	 * often
	 */
	PatientPage find(String token, HttpServletRequest request) {
		return lookUp(token, request).orElseThrow(() -> this.guessing.miss(request));
	}

	/**
	 * The page of a link, or empty when the token leads nowhere (not counted as a guess
	 * yet). Whatever it answers — a page, nothing, an exception — is kept for the rest of
	 * the request.
	 */
	Optional<PatientPage> lookUp(String token, HttpServletRequest request) {
		if (request.getAttribute(LOOKED_UP) instanceof LookedUp earlier && earlier.token().equals(token)) {
			return earlier.answer();
		}
		LookedUp answer;
		try {
			answer = new LookedUp(token, this.pages.find(token, this.guessing.key(request)), null);
		}
		catch (RuntimeException ex) {
			answer = new LookedUp(token, null, ex);
		}
		request.setAttribute(LOOKED_UP, answer);
		return answer.answer();
	}

	/**
	 * Fills the model of the patient page as it opens, in the patient's language:
	 * {@link #show} with an empty check-in form and the line confirming a check-in just
	 * sent, named by the {@value #CHECKED_IN} parameter.
	 * @return the page's view
	 */
	String showOpened(PatientPage page, String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String checkedIn = request.getParameter(CHECKED_IN);
		model.addAttribute(CHECK_IN_FORM, new CheckInForm());
		model.addAttribute("checkedIn", (checkedIn != null) ? CONFIRMATIONS.get(checkedIn) : null);
		return show(page, token, model, request, response);
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
	 * What looking a token up answered, once per request.
	 *
	 * @param token the token
	 * @param page the page, empty when the token leads nowhere; null on failure
	 * @param failure what the lookup threw (a throttled address, a database outage)
	 */
	private record LookedUp(String token, Optional<PatientPage> page, RuntimeException failure) {

		Optional<PatientPage> answer() {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.page;
		}

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
