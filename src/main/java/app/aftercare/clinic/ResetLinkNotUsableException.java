package app.aftercare.clinic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A password-reset link that does not set a password: unknown, malformed, used, expired,
 * replaced by a newer one, or of an account disabled since. Which of these it is, is not
 * said.
 */
@ResponseStatus(HttpStatus.GONE)
public class ResetLinkNotUsableException extends RuntimeException {

	public ResetLinkNotUsableException() {
		super("Password-reset link not usable");
	}

}
