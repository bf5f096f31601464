package app.aftercare.privacy;

import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientService;
import app.aftercare.security.StaffPrincipal;
import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Export of one patient's data as a JSON download, and erasure of a patient after a
 * confirmation page. For admins only ({@code /admin/**}).
 */
@Controller
@RequestMapping("/admin/patients/{id}")
class PrivacyController {

	private static final String CONFIRM = "admin/erase";

	private final PrivacyService privacyService;

	private final PatientService patientService;

	private final SubmitOnce submitOnce;

	PrivacyController(PrivacyService privacyService, PatientService patientService, SubmitOnce submitOnce) {
		this.privacyService = privacyService;
		this.patientService = patientService;
		this.submitOnce = submitOnce;
	}

	@InitBinder("eraseForm")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("confirmation");
	}

	@GetMapping("/export")
	ResponseEntity<PatientExport> export(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id) {
		PatientExport export = this.privacyService.export(me.clinicId(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("patient-" + id + ".json").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(export);
	}

	@GetMapping("/erase")
	String confirm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, Model model) {
		model.addAttribute("eraseForm", new EraseForm());
		return confirmPage(this.patientService.view(me.clinicId(), id), model);
	}

	@PostMapping("/erase")
	String erase(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @Valid EraseForm eraseForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		Patient patient = this.patientService.get(me.clinicId(), id);
		if (!result.hasErrors() && !eraseForm.confirms(patient.getLastName())) {
			result.rejectValue("confirmation", "admin.erase.confirmation.mismatch");
		}
		if (result.hasErrors()) {
			return confirmPage(patient, model);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			this.privacyService.erase(me.clinicId(), id);
			redirect.addFlashAttribute("message", "admin.erase.done");
			return "redirect:/patients";
		});
	}

	private String confirmPage(Patient patient, Model model) {
		model.addAttribute("patient", patient);
		return CONFIRM;
	}

}
