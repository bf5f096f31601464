package app.aftercare.patientlink;

import java.util.Map;
import java.util.Set;

import app.aftercare.web.TooManyRequestsException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the patient's look for everything under {@code /p/}: a token leading
 * nowhere and a throttled address from the patient's controllers, and the errors the
 * servlet container renders (a check-in without its form token gets 403 here). They say
 * nothing about the link or the patient.
 */
@ControllerAdvice(assignableTypes = { PatientPageController.class, CheckInController.class })
class PatientErrorPages implements ErrorViewResolver, Ordered {

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 429, 503);

	static ModelAndView page(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND) {
			return new ModelAndView("patient/not-found", Map.of(), status);
		}
		String code = EXPLAINED.contains(status.value()) ? Integer.toString(status.value()) : "other";
		return new ModelAndView("patient/error", Map.of("code", code), status);
	}

	@ExceptionHandler(LinkNotFoundException.class)
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooManyRequests() {
		return page(HttpStatus.TOO_MANY_REQUESTS);
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
