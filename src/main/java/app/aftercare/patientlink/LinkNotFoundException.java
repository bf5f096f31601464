package app.aftercare.patientlink;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No valid link behind a token: unknown, malformed, expired and revoked alike.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LinkNotFoundException extends RuntimeException {

	LinkNotFoundException() {
		super("No valid patient link", null, false, false);
	}

}
