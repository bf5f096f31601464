package app.aftercare.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns every exception that reaches a page into the error page of its status: typed
 * not-found exceptions into 404, optimistic-lock conflicts into 409, a missing database
 * into 503, anything unexpected into 500. No stack trace, SQL or class name reaches the
 * browser; unexpected errors are logged here.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPageAdvice {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPageAdvice.class);

	private static final Set<Integer> PAGES = Set.of(400, 403, 404, 409, 429, 503);

	private final DatabaseOutage outage;

	ErrorPageAdvice(DatabaseOutage outage) {
		this.outage = outage;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView handle(Exception ex, HttpServletResponse response) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		HttpStatus status = statusOf(ex);
		if (status.is5xxServerError() && status != HttpStatus.SERVICE_UNAVAILABLE) {
			logger.error("Unexpected error", ex);
		}
		else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			logger.warn("Database unavailable: {}", ex.getMessage());
			this.outage.met();
		}
		ModelAndView page = new ModelAndView(viewFor(status.value()));
		page.setStatus(status);
		return page;
	}

	static String viewFor(int status) {
		if (PAGES.contains(status)) {
			return "error/" + status;
		}
		return (status >= 500) ? "error/5xx" : "error/4xx";
	}

	private static HttpStatus statusOf(Exception ex) {
		ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (annotated != null) {
			return annotated.code();
		}
		if (ex instanceof ErrorResponse errorResponse) {
			return HttpStatus.valueOf(errorResponse.getStatusCode().value());
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof TypeMismatchException || ex instanceof HttpMessageNotReadableException
				|| ex instanceof IllegalArgumentException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (DatabaseOutage.causedBy(ex)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
