package app.aftercare.preview;

/**
 * A preview request body longer than {@link PreviewBodyLimit#MAX_BYTES}.
 */
class PreviewBodyTooLargeException extends RuntimeException {

	PreviewBodyTooLargeException() {
		super("request body too large", null, false, false);
	}

}
