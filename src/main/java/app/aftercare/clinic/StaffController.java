package app.aftercare.clinic;

import java.util.Arrays;
import java.util.List;

import app.aftercare.security.StaffPrincipal;
import app.aftercare.web.SubmitOnce;
import app.aftercare.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's staff for its admins: the list, adding a staff member, disabling and
 * enabling one, setting a new password for one who forgot theirs or emailing them a link
 * to choose one.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

	private static final String VIEW = "admin/staff";

	private static final String REDIRECT = "redirect:/admin/staff";

	private final StaffService staffService;

	private final PasswordResetService passwordResets;

	private final SubmitOnce submitOnce;

	StaffController(StaffService staffService, PasswordResetService passwordResets, SubmitOnce submitOnce) {
		this.staffService = staffService;
		this.passwordResets = passwordResets;
		this.submitOnce = submitOnce;
	}

	@InitBinder("staffForm")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields(StaffForm.FIELDS);
	}

	@InitBinder("newPasswordForm")
	void allowPasswordField(WebDataBinder binder) {
		binder.setAllowedFields(NewPasswordForm.FIELDS);
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return Arrays.asList(Role.values());
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("staffForm", new StaffForm());
		return page(me, model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal StaffPrincipal me, @Valid StaffForm staffForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (result.hasErrors()) {
			return page(me, model);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			try {
				this.staffService.add(me.clinicId(), staffForm.toCommand());
			}
			catch (EmailTakenException ex) {
				result.rejectValue("email", "validation.email.taken");
				return page(me, model);
			}
			redirect.addFlashAttribute("message", "admin.staff.added");
			return REDIRECT;
		});
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
				this.staffService.disable(me.clinicId(), me.staffId(), id);
				redirect.addFlashAttribute("message", "admin.staff.disabled");
				return REDIRECT;
			});
		}
		catch (CannotDisableYourselfException ex) {
			redirect.addFlashAttribute("problem", "admin.staff.cannotDisableYourself");
			return REDIRECT;
		}
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, RedirectAttributes redirect,
			HttpServletRequest request) {
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			this.staffService.enable(me.clinicId(), id);
			redirect.addFlashAttribute("message", "admin.staff.enabled");
			return REDIRECT;
		});
	}

	@PostMapping("/{id}/password")
	String setPassword(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id,
			@Valid NewPasswordForm newPasswordForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			model.addAttribute("staffForm", new StaffForm());
			model.addAttribute("passwordFor", id);
			return page(me, model);
		}
		return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
			this.staffService.setPassword(me.clinicId(), id, newPasswordForm.getPassword());
			redirect.addFlashAttribute("message", "admin.staff.passwordSet");
			return REDIRECT;
		});
	}

	@PostMapping("/{id}/password-reset")
	String sendPasswordReset(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id,
			RedirectAttributes redirect, HttpServletRequest request) {
		try {
			return this.submitOnce.run(request, SubmitOnce.Scope.clinic(me.clinicId()), () -> {
				this.passwordResets.sendByAdmin(me.clinicId(), id);
				redirect.addFlashAttribute("message", "admin.staff.resetSent");
				return REDIRECT;
			});
		}
		catch (AccountDisabledException ex) {
			redirect.addFlashAttribute("problem", "admin.staff.resetDisabled");
			return REDIRECT;
		}
	}

	private String page(StaffPrincipal me, Model model) {
		model.addAttribute("staff", this.staffService.staff(me.clinicId()));
		if (!model.containsAttribute("newPasswordForm")) {
			model.addAttribute("newPasswordForm", new NewPasswordForm());
		}
		return VIEW;
	}

}
