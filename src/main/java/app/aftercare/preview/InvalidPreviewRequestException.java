package app.aftercare.preview;

import java.util.List;

/**
 * A preview request that parsed as JSON but does not describe a treatment; carries every
 * problem found.
 */
class InvalidPreviewRequestException extends RuntimeException {

	private final List<ApiErrors.FieldError> errors;

	InvalidPreviewRequestException(List<ApiErrors.FieldError> errors) {
		super("invalid preview request", null, false, false);
		this.errors = List.copyOf(errors);
	}

	List<ApiErrors.FieldError> errors() {
		return this.errors;
	}

}
