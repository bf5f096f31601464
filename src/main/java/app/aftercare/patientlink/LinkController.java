package app.aftercare.patientlink;

import app.aftercare.security.StaffPrincipal;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Revoke and reissue link" on the treatment page: a page that says what revoking does
 * and asks to confirm, then the revoking itself. Only the confirmation's POST revokes, so
 * a stray click on the treatment page cannot break the link printed on a patient's sheet.
 */
@Controller
class LinkController {

	private final PatientLinkService links;

	private final SubmitOnce submitOnce;

	private final TreatmentService treatments;

	LinkController(PatientLinkService links, SubmitOnce submitOnce, TreatmentService treatments) {
		this.links = links;
		this.submitOnce = submitOnce;
		this.treatments = treatments;
	}

	@GetMapping("/treatments/{id}/link/revoke")
	String confirm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, Model model) {
		this.treatments.file(me.clinicId(), id);
		model.addAttribute("treatmentId", id);
		return "treatments/revoke-link";
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
