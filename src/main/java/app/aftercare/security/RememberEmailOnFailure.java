package app.aftercare.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a wrong password the login form comes back with the email still filled in, so
 * only the password needs typing again. The email travels as a Spring MVC flash attribute
 * (it never appears in the URL, and so in no access log).
 */
class RememberEmailOnFailure extends SimpleUrlAuthenticationFailureHandler {

	private static final int MAX_EMAIL = 254;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	RememberEmailOnFailure() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String email = request.getParameter("email");
		if (email != null && !email.isBlank() && email.length() <= MAX_EMAIL) {
			FlashMap flash = new FlashMap();
			flash.put("email", email.strip());
			flash.setTargetRequestPath(request.getContextPath() + "/login");
			this.flashMaps.saveOutputFlashMap(flash, request, response);
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
