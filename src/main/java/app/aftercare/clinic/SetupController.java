package app.aftercare.clinic;

import app.aftercare.security.StaffSignIn;
import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * First run ({@code /setup}, only while nobody can sign in) and, when the deployment
 * allows it, sign-up of further clinics ({@code /register}).
 */
@Controller
class SetupController {

	private static final String VIEW = "clinic/setup";

	private final ClinicService clinicService;

	private final boolean registrationOpen;

	private final SubmitOnce submitOnce;

	private final StaffSignIn signIn;

	SetupController(ClinicService clinicService,
			@Value("${aftercare.registration-open:false}") boolean registrationOpen, SubmitOnce submitOnce,
			StaffSignIn signIn) {
		this.clinicService = clinicService;
		this.registrationOpen = registrationOpen;
		this.submitOnce = submitOnce;
		this.signIn = signIn;
	}

	@InitBinder("setupForm")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("clinicName", "timeZone", "name", "email", "password");
	}

	@GetMapping("/setup")
	String setup(Model model) {
		if (this.clinicService.isSetUp()) {
			return "redirect:/login";
		}
		model.addAttribute("setupForm", new SetupForm());
		model.addAttribute("mode", "setup");
		return VIEW;
	}

	@PostMapping("/setup")
	String setUp(@Valid SetupForm setupForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		return this.submitOnce.run(request, SubmitOnce.Scope.setup(), () -> {
			if (this.clinicService.isSetUp()) {
				throw new SetupClosedException();
			}
			model.addAttribute("mode", "setup");
			if (result.hasErrors()) {
				return VIEW;
			}
			try {
				this.clinicService.setUp(setupForm.toCommand());
			}
			catch (EmailTakenException ex) {
				result.rejectValue("email", "validation.email.taken");
				return VIEW;
			}
			this.signIn.signIn(setupForm.getEmail(), request, response);
			redirect.addFlashAttribute("message", "setup.done");
			return "redirect:/";
		});
	}

	@GetMapping("/register")
	String register(Model model) {
		assertRegistrationOpen();
		model.addAttribute("setupForm", new SetupForm());
		model.addAttribute("mode", "register");
		return VIEW;
	}

	@PostMapping("/register")
	String register(@Valid SetupForm setupForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		assertRegistrationOpen();
		model.addAttribute("mode", "register");
		if (result.hasErrors()) {
			return VIEW;
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.setup(), () -> {
			try {
				this.clinicService.register(setupForm.toCommand());
			}
			catch (EmailTakenException ex) {
				result.rejectValue("email", "validation.email.taken");
				return VIEW;
			}
			redirect.addFlashAttribute("message", "register.done");
			return "redirect:/login";
		});
	}

	private void assertRegistrationOpen() {
		if (!this.registrationOpen || !this.clinicService.isSetUp()) {
			throw new SetupClosedException();
		}
	}

}
