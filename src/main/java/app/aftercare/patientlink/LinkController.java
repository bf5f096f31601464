package app.aftercare.patientlink;

import app.aftercare.security.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Revoke and reissue link" on the treatment page.
 */
@Controller
class LinkController {

	private final PatientLinkService links;

	LinkController(PatientLinkService links) {
		this.links = links;
	}

	@PostMapping("/treatments/{id}/link")
	String reissue(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
		this.links.reissue(me.clinicId(), id);
		redirect.addFlashAttribute("message", "treatment.link.reissued");
		return "redirect:/treatments/" + id;
	}

}
