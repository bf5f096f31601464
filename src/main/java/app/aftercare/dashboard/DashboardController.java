package app.aftercare.dashboard;

import app.aftercare.clinic.ClinicService;
import app.aftercare.security.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final ClinicService clinicService;

	DashboardController(ClinicService clinicService) {
		this.clinicService = clinicService;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("clinic", this.clinicService.clinic(me.clinicId()));
		return "dashboard/index";
	}

}
