package app.aftercare.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import app.aftercare.clinic.Clinic;
import app.aftercare.clinic.ClinicService;
import app.aftercare.patient.PatientService;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.Side;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.security.StaffPrincipal;
import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a treatment with a live plan preview, the treatment page, and what staff do
 * there: record symptoms, acknowledge alerts, review, edit.
 */
@Controller
class TreatmentController {

	private static final String FORM = "treatments/form";

	private final TreatmentService treatments;

	private final PatientService patients;

	private final ClinicService clinics;

	private final PatientLinkPort links;

	private final Clock clock;

	private final SubmitOnce submitOnce;

	TreatmentController(TreatmentService treatments, PatientService patients, ClinicService clinics,
			PatientLinkPort links, Clock clock, SubmitOnce submitOnce) {
		this.submitOnce = submitOnce;
		this.treatments = treatments;
		this.patients = patients;
		this.clinics = clinics;
		this.links = links;
		this.clock = clock;
	}

	@InitBinder("treatmentForm")
	void treatmentFields(WebDataBinder binder) {
		binder.setAllowedFields(TreatmentForm.FIELDS);
	}

	@InitBinder("symptomsForm")
	void symptomFields(WebDataBinder binder) {
		binder.setAllowedFields(SymptomsForm.FIELDS);
	}

	@InitBinder("reviewForm")
	void reviewFields(WebDataBinder binder) {
		binder.setAllowedFields(ReviewForm.FIELDS);
	}

	@ModelAttribute("areaOptions")
	List<Area> areaOptions() {
		return Arrays.asList(Area.values());
	}

	@ModelAttribute("sideOptions")
	List<Side> sideOptions() {
		return Arrays.asList(Side.values());
	}

	@ModelAttribute("intensityOptions")
	List<Intensity> intensityOptions() {
		return Arrays.asList(Intensity.values());
	}

	@ModelAttribute("redFlagOptions")
	List<Symptom> redFlagOptions() {
		return Arrays.stream(Symptom.values()).filter(Symptom::redFlag).toList();
	}

	@ModelAttribute("allSymptomOptions")
	List<Symptom> allSymptomOptions() {
		return Arrays.asList(Symptom.values());
	}

	@GetMapping("/patients/{patientId}/treatments/new")
	String newTreatment(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long patientId, Model model) {
		Clinic clinic = this.clinics.clinic(me.clinicId());
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), clinic.getTimeZone())
			.truncatedTo(ChronoUnit.MINUTES);
		boolean hasEmail = this.patients.get(me.clinicId(), patientId).getEmail() != null;
		return showForm(me, patientId, TreatmentForm.startingAt(now, hasEmail), clinic, null, model);
	}

	@PostMapping(path = "/patients/{patientId}/treatments", params = "preview")
	String preview(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long patientId,
			@Valid TreatmentForm treatmentForm, BindingResult result, Model model) {
		Clinic clinic = this.clinics.clinic(me.clinicId());
		PlanView preview = result.hasErrors() ? null : planOf(treatmentForm, clinic);
		return showForm(me, patientId, treatmentForm, clinic, preview, model);
	}

	/**
	 * The live preview: the plan fragment the treatment page and the sheet use, for the
	 * form as it is now, or what it still lacks. Stores nothing.
	 */
	@PostMapping("/patients/{patientId}/treatments/preview")
	String livePreview(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long patientId,
			@Valid TreatmentForm treatmentForm, BindingResult result, Model model) {
		this.patients.get(me.clinicId(), patientId);
		Clinic clinic = this.clinics.clinic(me.clinicId());
		model.addAttribute("treatmentForm", treatmentForm);
		model.addAttribute("preview", result.hasErrors() ? null : planOf(treatmentForm, clinic));
		return FORM + " :: previewBody";
	}

	private PlanView planOf(TreatmentForm form, Clinic clinic) {
		TreatmentDetails details = form.toDetails(clinic.getTimeZone());
		return PlanView.of(this.treatments.preview(details), details.areas(), clinic.getTimeZone(),
				this.clock.instant());
	}

	@PostMapping("/patients/{patientId}/treatments")
	String log(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long patientId,
			@Valid TreatmentForm treatmentForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		Clinic clinic = this.clinics.clinic(me.clinicId());
		if (result.hasErrors()) {
			return showForm(me, patientId, treatmentForm, clinic, null, model);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			try {
				Treatment treatment = this.treatments.log(me.clinicId(), me.staffId(), patientId,
						treatmentForm.toDetails(clinic.getTimeZone()), treatmentForm.toConsent());
				redirect.addFlashAttribute("message", "treatment.saved");
				return "redirect:/treatments/" + treatment.getId();
			}
			catch (InvalidTreatmentException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
				return showForm(me, patientId, treatmentForm, clinic, null, model);
			}
		});
	}

	private String showForm(StaffPrincipal me, Long patientId, TreatmentForm form, Clinic clinic, PlanView preview,
			Model model) {
		model.addAttribute("patient", this.patients.get(me.clinicId(), patientId));
		model.addAttribute("treatmentForm", form);
		model.addAttribute("clinic", clinic);
		model.addAttribute("preview", preview);
		model.addAttribute("action", "/patients/" + patientId + "/treatments");
		return FORM;
	}

	@GetMapping("/treatments/{id}")
	String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, Model model) {
		TreatmentFile file = this.treatments.view(me.clinicId(), id);
		Clinic clinic = this.clinics.clinic(me.clinicId());
		ZoneId zone = clinic.getTimeZone();
		Instant now = this.clock.instant();
		model.addAttribute("file", file);
		model.addAttribute("treatment", file.treatment());
		model.addAttribute("plan", file.planAt(zone, now));
		model.addAttribute("clinic", clinic);
		model.addAttribute("zone", zone);
		model.addAttribute("patient", this.patients.get(me.clinicId(), file.patientId()));
		model.addAttribute("staffNames", this.clinics.staffNames(me.clinicId()));
		model.addAttribute("link", this.links.state(me.clinicId(), id, file.plan()).orElse(null));
		if (!model.containsAttribute("symptomsForm")) {
			model.addAttribute("symptomsForm", new SymptomsForm());
		}
		if (!model.containsAttribute("reviewForm")) {
			ReviewForm review = new ReviewForm();
			// the next whole minute, so that a report made in the current minute is
			// cleared too; it applies only when clearing is ticked
			review.setClearedFrom(LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1));
			model.addAttribute("reviewForm", review);
		}
		return "treatments/show";
	}

	@GetMapping("/treatments/{id}/edit")
	String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, Model model) {
		Treatment treatment = this.treatments.view(me.clinicId(), id).entity();
		Clinic clinic = this.clinics.clinic(me.clinicId());
		return showEditForm(me, treatment, TreatmentForm.of(treatment, clinic.getTimeZone()), treatment.getVersion(),
				clinic, model);
	}

	@PostMapping("/treatments/{id}")
	String change(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
			@Valid TreatmentForm treatmentForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		Clinic clinic = this.clinics.clinic(me.clinicId());
		Treatment treatment = this.treatments.file(me.clinicId(), id).entity();
		if (result.hasErrors()) {
			return showEditForm(me, treatment, treatmentForm, version, clinic, model);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			try {
				this.treatments.change(me.clinicId(), id, version, treatmentForm.toDetails(clinic.getTimeZone()),
						treatmentForm.toConsent());
			}
			catch (InvalidTreatmentException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
				return showEditForm(me, treatment, treatmentForm, version, clinic, model);
			}
			redirect.addFlashAttribute("message", "treatment.changed");
			return "redirect:/treatments/" + id;
		});
	}

	private String showEditForm(StaffPrincipal me, Treatment treatment, TreatmentForm form, long version, Clinic clinic,
			Model model) {
		model.addAttribute("patient", this.patients.get(me.clinicId(), treatment.getPatientId()));
		model.addAttribute("treatmentForm", form);
		model.addAttribute("clinic", clinic);
		model.addAttribute("editing", treatment);
		model.addAttribute("version", version);
		model.addAttribute("action", "/treatments/" + treatment.getId());
		return FORM;
	}

	@ExceptionHandler(TreatmentConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(TreatmentConflictException ex, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		Clinic clinic = this.clinics.clinic(me.clinicId());
		model.addAttribute("current", ex.current());
		model.addAttribute("clinic", clinic);
		model.addAttribute("zone", clinic.getTimeZone());
		model.addAttribute("staffNames", this.clinics.staffNames(me.clinicId()));
		return "treatments/conflict";
	}

	@PostMapping("/treatments/{id}/symptoms")
	String recordSymptoms(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id,
			@Valid SymptomsForm symptomsForm, BindingResult result, RedirectAttributes redirect,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.symptomsForm", result);
			redirect.addFlashAttribute("symptomsForm", symptomsForm);
			redirect.addFlashAttribute("openRecord", true);
			return "redirect:/treatments/" + id + "#record";
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			this.treatments.recordSymptoms(me.clinicId(), id, SymptomSource.CLINIC, symptomsForm.getSymptoms(),
					symptomsForm.getSoreness());
			redirect.addFlashAttribute("message", "treatment.recorded");
			return "redirect:/treatments/" + id;
		});
	}

	@PostMapping("/treatments/{id}/alerts/{reportId}/acknowledge")
	String acknowledge(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @PathVariable Long reportId,
			RedirectAttributes redirect, HttpServletRequest request) {
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			this.treatments.acknowledge(me.clinicId(), id, reportId, me.staffId());
			redirect.addFlashAttribute("message", "treatment.acknowledged");
			return "redirect:/treatments/" + id;
		});
	}

	@PostMapping("/treatments/{id}/review")
	String review(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @Valid ReviewForm reviewForm,
			BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
		ZoneId zone = this.clinics.clinic(me.clinicId()).getTimeZone();
		reviewForm.rejectUndecided(result);
		if (!result.hasErrors()) {
			try {
				return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
					this.treatments.review(me.clinicId(), id, me.staffId(), reviewForm.toDecision(zone));
					redirect.addFlashAttribute("message", "treatment.reviewed");
					return "redirect:/treatments/" + id;
				});
			}
			catch (InvalidTreatmentException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		redirect.addFlashAttribute("org.springframework.validation.BindingResult.reviewForm", result);
		redirect.addFlashAttribute("reviewForm", reviewForm);
		redirect.addFlashAttribute("openReview", true);
		return "redirect:/treatments/" + id + "#review";
	}

	@ModelAttribute("milestoneOptions")
	List<MilestoneCode> milestoneOptions() {
		return Arrays.asList(MilestoneCode.values());
	}

}
