package app.aftercare.preview;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the plan preview as {@code {"errors": [{"field", "message"}]}}, ahead of
 * the HTML error pages. Messages are written here; no exception text, class name or stack
 * trace is sent. The answer is always JSON, whatever the request's Accept header.
 */
@RestControllerAdvice(assignableTypes = PlanPreviewController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanPreviewErrorHandler {

	private static final Logger logger = LoggerFactory.getLogger(PlanPreviewErrorHandler.class);

	@ExceptionHandler(InvalidPreviewRequestException.class)
	ResponseEntity<ApiErrors> invalid(InvalidPreviewRequestException ex) {
		return answer(HttpStatus.BAD_REQUEST, new ApiErrors(ex.errors()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException ex) {
		return answer(HttpStatus.BAD_REQUEST, new ApiErrors(List.of(unreadableBody(ex))));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiErrors> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				ApiErrors.of(null, "the request body must be JSON, with Content-Type: application/json"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiErrors> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.header(HttpHeaders.ALLOW, "POST")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ApiErrors.of(null, "only POST is allowed"));
	}

	@ExceptionHandler(PreviewBodyTooLargeException.class)
	ResponseEntity<ApiErrors> tooLarge(PreviewBodyTooLargeException ex) {
		return answer(HttpStatus.CONTENT_TOO_LARGE,
				ApiErrors.of(null, "the request body must be at most " + PreviewBodyLimit.MAX_BYTES + " bytes"));
	}

	@ExceptionHandler(PreviewRateLimitExceededException.class)
	ResponseEntity<ApiErrors> tooManyRequests(PreviewRateLimitExceededException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(ApiErrors.of(null, "too many requests"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiErrors> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse errorResponse && errorResponse.getStatusCode().is4xxClientError()) {
			HttpStatusCode status = errorResponse.getStatusCode();
			HttpStatus known = HttpStatus.resolve(status.value());
			String message = (known != null) ? known.getReasonPhrase().toLowerCase(Locale.ROOT) : "bad request";
			return answer(status, ApiErrors.of(null, message));
		}
		logger.error("Unexpected error in the plan preview", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, ApiErrors.of(null, "internal error"));
	}

	private static ResponseEntity<ApiErrors> answer(HttpStatusCode status, ApiErrors errors) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(errors);
	}

	/**
	 * What is wrong with a body Jackson could not read, by the path of the offending
	 * value when there is one.
	 */
	static ApiErrors.FieldError unreadableBody(HttpMessageNotReadableException ex) {
		JacksonException jackson = jacksonCause(ex);
		if (jackson == null) {
			return new ApiErrors.FieldError(null, "a JSON request body is required");
		}
		if (jackson instanceof StreamConstraintsException) {
			return new ApiErrors.FieldError(null, "the request body is too large or too deeply nested");
		}
		String field = path(jackson);
		if (jackson instanceof MismatchedInputException mismatch) {
			if (field == null) {
				return new ApiErrors.FieldError(null, "the request body must be a JSON object");
			}
			return new ApiErrors.FieldError(field, "must be " + describe(mismatch.getTargetType()));
		}
		if (jackson instanceof InputCoercionException && field != null) {
			return new ApiErrors.FieldError(field, "is out of range");
		}
		if (jackson instanceof StreamReadException || field == null) {
			return new ApiErrors.FieldError(null, "the request body is not valid JSON");
		}
		return new ApiErrors.FieldError(field, "is not valid");
	}

	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/**
	 * The JSON path of the value, like {@code symptoms[2].reportedAt}; {@code null} at
	 * the top of the body.
	 */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			String name = reference.getPropertyName();
			if (name != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(PreviewRequestReader.echo(name));
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "of another JSON type";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object";
		}
		return "of another JSON type";
	}

}
