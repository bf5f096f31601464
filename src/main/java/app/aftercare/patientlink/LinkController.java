package app.aftercare.patientlink;

import app.aftercare.security.StaffPrincipal;
import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;

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

	private final SubmitOnce submitOnce;

	LinkController(PatientLinkService links, SubmitOnce submitOnce) {
		this.links = links;
		this.submitOnce = submitOnce;
	}

	@PostMapping("/treatments/{id}/link")
	String reissue(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, RedirectAttributes redirect,
			HttpServletRequest request) {
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			this.links.reissue(me.clinicId(), id);
			redirect.addFlashAttribute("message", "treatment.link.reissued");
			return "redirect:/treatments/" + id;
		});
	}

}
