package app.aftercare.patientlink;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.View;

/**
 * The patient's page behind a link and their calendar file; the check-in is
 * {@link CheckInController}. No login: the token is the capability. Every token that
 * leads nowhere — unknown, malformed, expired or revoked — gets the same 404 page, and
 * counts against the address ({@link PatientErrorPages}).
 */
@Controller
class PatientPageController {

	/** The page's route; {@link KeptPatientPages} answers on it too. */
	static final String PAGE = "/p/{token}";

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final PatientPageModel pageModel;

	private final PatientPageService pages;

	private final PatientCalendar calendar;

	private final TokenGuessing guessing;

	private final Clock clock;

	private final RenderedPages rendered;

	PatientPageController(PatientPageModel pageModel, PatientPageService pages, PatientCalendar calendar,
			TokenGuessing guessing, Clock clock, RenderedPages rendered) {
		this.pageModel = pageModel;
		this.pages = pages;
		this.calendar = calendar;
		this.guessing = guessing;
		this.clock = clock;
		this.rendered = rendered;
	}

	/**
	 * The page: rendered once per distinct model ({@link RenderedPages}), so that every
	 * open of a link whose plan, clinic and status are unchanged costs one query and a
	 * copy of bytes. Those opens are answered before Spring MVC by
	 * {@link KeptPatientPages}; this renders the others.
	 */
	@GetMapping(PAGE)
	View page(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		PatientPage page = this.pageModel.find(token, request);
		this.pages.opened(token);
		String view = this.pageModel.showOpened(page, token, model, request, response);
		return this.rendered.view(view, page.locale(), model.asMap(), PatientPageModel.CHECK_IN_FORM);
	}

	/**
	 * The page behind a reminder's unsubscribe link: says what stopping does, with one
	 * button; changes nothing.
	 */
	@GetMapping("/p/{token}/unsubscribe")
	String unsubscribePage(@PathVariable String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PatientPage page = this.pageModel.find(token, request);
		return this.pageModel.showUnsubscribe(page, token, false, model, request, response);
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
		PatientPage page = this.pageModel.find(token, request);
		this.pages.stopReminders(page);
		return this.pageModel.showUnsubscribe(page, token, true, model, request, response);
	}

	@GetMapping("/p/{token}/calendar.ics")
	ResponseEntity<String> calendar(@PathVariable String token, HttpServletRequest request) {
		PatientPage page = this.pageModel.find(token, request);
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

}
