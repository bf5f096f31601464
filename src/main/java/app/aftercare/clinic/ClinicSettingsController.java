package app.aftercare.clinic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.aftercare.security.StaffPrincipal;
import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's settings for its admins: name, time zone, contact details, default
 * language.
 */
@Controller
@RequestMapping("/admin/clinic")
class ClinicSettingsController {

	private static final String VIEW = "admin/clinic";

	private final ClinicService clinicService;

	private final MessageSource messages;

	private final SubmitOnce submitOnce;

	ClinicSettingsController(ClinicService clinicService, MessageSource messages, SubmitOnce submitOnce) {
		this.clinicService = clinicService;
		this.messages = messages;
		this.submitOnce = submitOnce;
	}

	@InitBinder("clinicForm")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields(ClinicForm.FIELDS);
	}

	@ModelAttribute("languages")
	Map<String, String> languages(Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String code : Clinic.LANGUAGES) {
			options.put(code, this.messages.getMessage("admin.language." + code, null, locale));
		}
		return options;
	}

	@GetMapping
	String edit(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("clinicForm", ClinicForm.of(this.clinicService.clinic(me.clinicId())));
		return VIEW;
	}

	@PostMapping
	String save(@AuthenticationPrincipal StaffPrincipal me, @Valid ClinicForm clinicForm, BindingResult result,
			RedirectAttributes redirect, HttpServletRequest request) {
		if (result.hasErrors()) {
			return VIEW;
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			this.clinicService.updateDetails(me.clinicId(), clinicForm.toDetails());
			redirect.addFlashAttribute("message", "admin.clinic.saved");
			return "redirect:/admin/clinic";
		});
	}

}
