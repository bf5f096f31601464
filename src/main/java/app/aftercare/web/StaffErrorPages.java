package app.aftercare.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The app's own error page for every status the container renders outside the patient
 * pages: a 403 from Spring Security, a 429 from the login throttle, a 400 for parameters
 * Tomcat could not decode. Declaring any {@link ErrorViewResolver} (the patient pages do)
 * replaces Boot's, which would otherwise have found {@code error/403}; without one the
 * error controller asks for a view named {@code error} that does not exist.
 */
@Component
class StaffErrorPages implements ErrorViewResolver, Ordered {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return new ModelAndView(ErrorPageAdvice.viewFor(status.value()), Map.of(), status);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
