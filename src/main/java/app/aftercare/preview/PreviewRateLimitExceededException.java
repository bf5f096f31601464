package app.aftercare.preview;

/**
 * A client address asked for more previews than its allowance.
 */
class PreviewRateLimitExceededException extends RuntimeException {

	private final long retryAfterSeconds;

	PreviewRateLimitExceededException(long retryAfterSeconds) {
		super("too many requests", null, false, false);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
