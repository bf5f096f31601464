package app.aftercare.clinic;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final ClinicService clinicService;

	LoginController(ClinicService clinicService) {
		this.clinicService = clinicService;
	}

	@GetMapping("/login")
	String login() {
		if (!this.clinicService.isSetUp()) {
			return "redirect:/setup";
		}
		return "security/login";
	}

}
