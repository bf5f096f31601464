package app.aftercare.clinic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * First-run set-up was attempted after the application already has staff.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SetupClosedException extends RuntimeException {

	public SetupClosedException() {
		super("Set-up is closed: a clinic already exists");
	}

}
