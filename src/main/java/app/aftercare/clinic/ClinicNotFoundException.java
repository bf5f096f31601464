package app.aftercare.clinic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ClinicNotFoundException extends RuntimeException {

	public ClinicNotFoundException() {
		super("Clinic not found");
	}

}
