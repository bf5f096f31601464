package app.aftercare.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Makes the signed-in staff member available to the layout as {@code me}.
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("me")
	StaffPrincipal me(@AuthenticationPrincipal StaffPrincipal me) {
		return me;
	}

}
