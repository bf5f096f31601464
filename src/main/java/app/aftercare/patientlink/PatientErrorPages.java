package app.aftercare.patientlink;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the patient's look for everything under {@code /p/}, including the
 * errors the servlet container renders (a check-in whose CSRF token expired with the
 * session gets 403 here). They say nothing about the link or the patient.
 */
@Component
class PatientErrorPages implements ErrorViewResolver, Ordered {

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 429, 503);

	static ModelAndView page(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND) {
			return new ModelAndView("patient/not-found", Map.of(), status);
		}
		String code = EXPLAINED.contains(status.value()) ? Integer.toString(status.value()) : "other";
		return new ModelAndView("patient/error", Map.of("code", code), status);
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith("/p/")) {
			return page(status);
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
