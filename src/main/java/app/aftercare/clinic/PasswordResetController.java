package app.aftercare.clinic;

import app.aftercare.web.SubmitOnce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
 * "Forgot password?": asking for a one-time link by email ({@code /password-reset}), and
 * choosing a new password with it ({@code /password-reset/{token}}). No login needed.
 * <p>
 * The link's pages send no referrer, so the token never leaves in a {@code Referer}
 * header; the access log writes the path as {@code /password-reset/***}.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

	private static final String ASK = "security/password-reset";

	private static final String CHOOSE = "security/password-reset-choose";

	private static final String NOT_USABLE = "security/password-reset-not-usable";

	private final PasswordResetService resets;

	private final SubmitOnce submitOnce;

	PasswordResetController(PasswordResetService resets, SubmitOnce submitOnce) {
		this.resets = resets;
		this.submitOnce = submitOnce;
	}

	@InitBinder("passwordResetForm")
	void allowEmail(WebDataBinder binder) {
		binder.setAllowedFields(PasswordResetForm.FIELDS);
	}

	@InitBinder("newPasswordForm")
	void allowPassword(WebDataBinder binder) {
		binder.setAllowedFields(NewPasswordForm.FIELDS);
	}

	@GetMapping
	String ask(Model model) {
		model.addAttribute("passwordResetForm", new PasswordResetForm());
		return ASK;
	}

	/**
	 * The same answer for every well-formed address, whether or not it has an account.
	 */
	@PostMapping
	String send(@Valid PasswordResetForm passwordResetForm, BindingResult result, HttpServletRequest request) {
		if (result.hasErrors()) {
			return ASK;
		}
		return this.submitOnce.run(request, new SubmitOnce.Scope("password-reset", null), () -> {
			this.resets.request(passwordResetForm.getEmail(), request.getRemoteAddr());
			return "redirect:/password-reset?sent";
		});
	}

	@GetMapping("/{token}")
	String choose(@PathVariable String token, Model model, HttpServletResponse response) {
		noReferrer(response);
		if (!this.resets.isUsable(token)) {
			return notUsable(response);
		}
		model.addAttribute("newPasswordForm", new NewPasswordForm());
		model.addAttribute("token", token);
		return CHOOSE;
	}

	@PostMapping("/{token}")
	String set(@PathVariable String token, @Valid NewPasswordForm newPasswordForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		noReferrer(response);
		if (!this.resets.isUsable(token)) {
			return notUsable(response);
		}
		if (result.hasErrors()) {
			model.addAttribute("token", token);
			return CHOOSE;
		}
		try {
			return this.submitOnce.run(request, new SubmitOnce.Scope("password-reset", token), () -> {
				this.resets.reset(token, newPasswordForm.getPassword());
				redirect.addFlashAttribute("message", "passwordReset.done");
				return "redirect:/login";
			});
		}
		catch (ResetLinkNotUsableException ex) {
			return notUsable(response);
		}
	}

	private static String notUsable(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return NOT_USABLE;
	}

	private static void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
