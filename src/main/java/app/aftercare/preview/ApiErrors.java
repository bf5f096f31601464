package app.aftercare.preview;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error answer of the API: {@code {"errors": [{"field", "message"}]}}.
 * Messages are written here, never taken from an exception, so no class name or stack
 * trace reaches the client.
 */
public record ApiErrors(List<FieldError> errors) {

	public static ApiErrors of(String field, String message) {
		return new ApiErrors(List.of(new FieldError(field, message)));
	}

	/**
	 * One problem.
	 *
	 * @param field path of the offending field, e.g. {@code areas[0].code}, or
	 * {@code null} when the problem is the request as a whole
	 * @param message what is wrong, in English
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record FieldError(String field, String message) {

	}

}
