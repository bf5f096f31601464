package app.aftercare.patientlink;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.aftercare.clinic.ZoneNames;
import app.aftercare.rules.Symptom;
import app.aftercare.treatment.AlertLevel;
import app.aftercare.treatment.PlanChange;
import app.aftercare.web.SubmitOnce;
import app.aftercare.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The patient's page behind a link, their check-in and their calendar file. No login: the
 * token is the capability. Every token that leads nowhere — unknown, malformed, expired
 * or revoked — gets the same 404 page, and counts against the address.
 */
@Controller
class PatientPageController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final List<Symptom> RED_FLAGS = Arrays.stream(Symptom.values()).filter(Symptom::redFlag).toList();

	private static final List<Symptom> URGENT_SIGNS = Arrays.stream(Symptom.values())
		.filter(Symptom::urgentSign)
		.toList();

	private final PatientPageService pages;

	private final PatientCalendar calendar;

	private final TokenGuessing guessing;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	private final SubmitOnce submitOnce;

	private final MessageSource messages;

	private final ZoneNames zoneNames;

	private final RenderedPages rendered;

	PatientPageController(PatientPageService pages, PatientCalendar calendar, TokenGuessing guessing,
			LocaleResolver localeResolver, Clock clock, SubmitOnce submitOnce, MessageSource messages,
			ZoneNames zoneNames, RenderedPages rendered) {
		this.rendered = rendered;
		this.submitOnce = submitOnce;
		this.messages = messages;
		this.zoneNames = zoneNames;
		this.pages = pages;
		this.calendar = calendar;
		this.guessing = guessing;
		this.localeResolver = localeResolver;
		this.clock = clock;
	}

	private static final String CHECKED_IN = "checked-in";

	private static final Map<String, String> CONFIRMATIONS = Map.of("sent", "patient.checkIn.sent", "alerted",
			"patient.checkIn.alerted", "urgent", "patient.checkIn.urgent");

	@InitBinder("checkInForm")
	void checkInFields(WebDataBinder binder) {
		binder.setAllowedFields(CheckInForm.FIELDS);
	}

	/**
	 * The page: rendered once per distinct model ({@link RenderedPages}), so that every
	 * open of a link whose plan, clinic and status are unchanged costs one query and a
	 * copy of bytes.
	 */
	@GetMapping("/p/{token}")
	View page(@PathVariable String token, @RequestParam(name = CHECKED_IN, required = false) String checkedIn,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		PatientPage page = find(token, request);
		this.pages.opened(token);
		model.addAttribute("checkInForm", new CheckInForm());
		model.addAttribute("checkedIn", (checkedIn != null) ? CONFIRMATIONS.get(checkedIn) : null);
		String view = show(page, token, model, request, response);
		return this.rendered.view(view, page.locale(), model.asMap(), "checkInForm");
	}

	@PostMapping("/p/{token}/check-in")
	String checkIn(@PathVariable String token, @Valid CheckInForm checkInForm, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		PatientPage page = find(token, request);
		checkInForm.rejectContradictions(result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(page, token, model, request, response);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.link(page.linkId(), token), () -> {
			Optional<AlertLevel> alert = this.pages.checkIn(page, checkInForm.getSymptoms(), checkInForm.getSoreness());
			return "redirect:/p/" + token + "?" + CHECKED_IN + "=" + confirmation(alert);
		});
	}

	/**
	 * Back to the page after reloading the URL of a check-in that had errors.
	 */
	@GetMapping("/p/{token}/check-in")
	String checkInPage(@PathVariable String token, HttpServletRequest request) {
		find(token, request);
		return "redirect:/p/" + token;
	}

	/**
	 * The page behind a reminder's unsubscribe link: says what stopping does, with one
	 * button; changes nothing.
	 */
	@GetMapping("/p/{token}/unsubscribe")
	String unsubscribePage(@PathVariable String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PatientPage page = find(token, request);
		return showUnsubscribe(page, token, false, model, request, response);
	}

	/**
	 * Stops the reminder emails of the link's treatment: the button of the page above,
	 * and the one-click unsubscribe of RFC 8058 that mail clients send with the body
	 * {@code List-Unsubscribe=One-Click}, without a cookie or CSRF token (the token in
	 * the path is the capability; see the patient-link security chain). Stopping twice
	 * changes nothing; the answer is the page, saying reminders are off.
	 */
	@PostMapping("/p/{token}/unsubscribe")
	String unsubscribe(@PathVariable String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PatientPage page = find(token, request);
		this.pages.stopReminders(page);
		return showUnsubscribe(page, token, true, model, request, response);
	}

	private String showUnsubscribe(PatientPage page, String token, boolean stopped, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		this.localeResolver.setLocale(request, response, page.locale());
		model.addAttribute("token", token);
		model.addAttribute("firstName", page.firstName());
		model.addAttribute("clinic", new ClinicContact(page.clinicName(), page.clinicPhone(), page.clinicPhoneUri()));
		RemindersByEmail reminders = RemindersByEmail.of(page.file());
		model.addAttribute("stopped", stopped);
		model.addAttribute("reminders", (stopped && reminders != null) ? new RemindersByEmail(false) : reminders);
		return "patient/unsubscribe";
	}

	@GetMapping("/p/{token}/calendar.ics")
	ResponseEntity<String> calendar(@PathVariable String token, HttpServletRequest request) {
		PatientPage page = find(token, request);
		if (!PatientCalendar.hasEvents(page.file().plan())) {
			throw new LinkNotFoundException();
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("aftercare.ics").build().toString())
			.body(this.calendar.write(page, this.clock.instant()));
	}

	/**
	 * Anything else under {@code /p/} is a token leading nowhere too.
	 */
	@RequestMapping("/p/**")
	void elsewhere(HttpServletRequest request) {
		this.guessing.checkAllowed(request);
		throw this.guessing.miss(request);
	}

	/**
	 * The page of a link, in one query with the address's token guesses; a token that
	 * leads nowhere counts as a guess.
	 */
	private PatientPage find(String token, HttpServletRequest request) {
		return this.pages.find(token, this.guessing.key(request)).orElseThrow(() -> this.guessing.miss(request));
	}

	@ExceptionHandler(LinkNotFoundException.class)
	ModelAndView notFound() {
		return PatientErrorPages.page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooManyRequests() {
		return PatientErrorPages.page(HttpStatus.TOO_MANY_REQUESTS);
	}

	private String show(PatientPage page, String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		this.localeResolver.setLocale(request, response, page.locale());
		Instant now = this.clock.instant();
		model.addAttribute("token", token);
		model.addAttribute("firstName", page.firstName());
		model.addAttribute("clinic", new ClinicContact(page.clinicName(), page.clinicPhone(), page.clinicPhoneUri()));
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
		return "patient/page";
	}

	/**
	 * What the page after a check-in confirms, named in its address rather than kept in a
	 * flash attribute: a flash attribute lives in a session, and the patient side keeps
	 * none. Anyone holding the link could show themselves the wrong line, which tells
	 * them nothing they could not learn by checking in.
	 */
	private static String confirmation(Optional<AlertLevel> alert) {
		if (alert.isEmpty()) {
			return "sent";
		}
		return (alert.get() == AlertLevel.URGENT) ? "urgent" : "alerted";
	}

	/**
	 * The clinic as the patient page shows it.
	 *
	 * @param name the clinic's name
	 * @param phone the phone as entered, or null
	 * @param phoneUri the phone as a {@code tel:} link, or null
	 */
	record ClinicContact(String name, String phone, String phoneUri) {
	}

}
