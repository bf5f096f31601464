package app.aftercare.patient;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No patient with this id in the signed-in staff member's clinic (it may exist in another
 * clinic, which is the same thing to them).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PatientNotFoundException extends RuntimeException {

	public PatientNotFoundException() {
		super("Patient not found");
	}

}
