package app.aftercare.patient;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.aftercare.clinic.ClinicService;
import app.aftercare.security.StaffPrincipal;
import app.aftercare.web.PageNumber;
import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient list with name search, the patient page, and the form to create and edit a
 * patient.
 */
@Controller
@RequestMapping("/patients")
class PatientController {

	private static final String FORM = "patients/form";

	private final PatientService patientService;

	private final ClinicService clinicService;

	private final PatientTreatmentsPort treatments;

	private final MessageSource messages;

	private final SubmitOnce submitOnce;

	PatientController(PatientService patientService, ClinicService clinicService, PatientTreatmentsPort treatments,
			MessageSource messages, SubmitOnce submitOnce) {
		this.patientService = patientService;
		this.clinicService = clinicService;
		this.treatments = treatments;
		this.messages = messages;
		this.submitOnce = submitOnce;
	}

	@InitBinder("patientForm")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("firstName", "lastName", "dateOfBirth", "email", "phone", "preferredLanguage", "notes");
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") String page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("patients", this.patientService.search(me.clinicId(), q, PageNumber.of(page)));
		return "patients/list";
	}

	@GetMapping("/new")
	String newPatient(Model model, Locale locale) {
		model.addAttribute("patientForm", new PatientForm());
		return createForm(model, locale);
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffPrincipal me, @Valid PatientForm patientForm, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		if (result.hasErrors()) {
			return createForm(model, locale);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			Patient patient = this.patientService.create(me.clinicId(), patientForm.toDetails());
			redirect.addFlashAttribute("message", "patients.created");
			return "redirect:/patients/" + patient.getId();
		});
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, Model model) {
		Patient patient = this.patientService.view(me.clinicId(), id);
		model.addAttribute("patient", patient);
		model.addAttribute("treatments", treatmentsOf(me.clinicId(), patient.getId()));
		return "patients/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, Model model, Locale locale) {
		Patient patient = this.patientService.view(me.clinicId(), id);
		model.addAttribute("patientForm", PatientForm.of(patient));
		return editForm(patient, patient.getVersion(), model, locale);
	}

	/**
	 * Saves the changes made to the version of the patient the form was filled from; a
	 * stale version gives the 409 page.
	 */
	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
			@Valid PatientForm patientForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request) {
		if (result.hasErrors()) {
			return editForm(this.patientService.get(me.clinicId(), id), version, model, locale);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			this.patientService.update(me.clinicId(), id, version, patientForm.toDetails());
			redirect.addFlashAttribute("message", "patients.updated");
			return "redirect:/patients/" + id;
		});
	}

	@ExceptionHandler(PatientConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(PatientConflictException ex, Model model) {
		model.addAttribute("current", ex.current());
		return "patients/conflict";
	}

	private String createForm(Model model, Locale locale) {
		model.addAttribute("mode", "new");
		model.addAttribute("action", "/patients");
		model.addAttribute("cancel", "/patients");
		model.addAttribute("languages", languages(locale));
		return FORM;
	}

	private String editForm(Patient patient, long version, Model model, Locale locale) {
		model.addAttribute("mode", "edit");
		model.addAttribute("patient", patient);
		model.addAttribute("version", version);
		model.addAttribute("action", "/patients/" + patient.getId());
		model.addAttribute("cancel", "/patients/" + patient.getId());
		model.addAttribute("languages", languages(locale));
		return FORM;
	}

	private Map<String, String> languages(Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String code : Patient.LANGUAGES) {
			options.put(code, this.messages.getMessage("patients.language." + code, null, locale));
		}
		return options;
	}

	private List<TreatmentRow> treatmentsOf(Long clinicId, Long patientId) {
		List<TreatmentSummary> summaries = this.treatments.forPatient(clinicId, patientId);
		if (summaries.isEmpty()) {
			return List.of();
		}
		ZoneId zone = this.clinicService.clinic(clinicId).getTimeZone();
		return summaries.stream().map((summary) -> TreatmentRow.of(summary, zone)).toList();
	}

}
