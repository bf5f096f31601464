package app.aftercare.patientlink;

import java.util.Optional;

import app.aftercare.treatment.AlertLevel;
import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The patient's check-in from their page. A controller of its own, apart from the page:
 * Spring MVC prepares a controller's {@code @InitBinder} methods on every request it
 * handles, and the page, opened far more often than a check-in is sent, binds nothing.
 */
@Controller
class CheckInController {

	private final PatientPageModel pageModel;

	private final PatientPageService pages;

	private final SubmitOnce submitOnce;

	CheckInController(PatientPageModel pageModel, PatientPageService pages, SubmitOnce submitOnce) {
		this.pageModel = pageModel;
		this.pages = pages;
		this.submitOnce = submitOnce;
	}

	@InitBinder("checkInForm")
	void checkInFields(WebDataBinder binder) {
		binder.setAllowedFields(CheckInForm.FIELDS);
	}

	@PostMapping("/p/{token}/check-in")
	String checkIn(@PathVariable String token, @Valid CheckInForm checkInForm, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		PatientPage page = this.pageModel.find(token, request);
		checkInForm.rejectContradictions(result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return this.pageModel.show(page, token, model, request, response);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.link(page.linkId(), token), () -> {
			Optional<AlertLevel> alert = this.pages.checkIn(page, checkInForm.getSymptoms(), checkInForm.getSoreness());
			return "redirect:/p/" + token + "?" + PatientPageModel.CHECKED_IN + "=" + confirmation(alert);
		});
	}

	/**
	 * Back to the page after reloading the URL of a check-in that had errors.
	 */
	@GetMapping("/p/{token}/check-in")
	String checkInPage(@PathVariable String token, HttpServletRequest request) {
		this.pageModel.find(token, request);
		return "redirect:/p/" + token;
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

}
