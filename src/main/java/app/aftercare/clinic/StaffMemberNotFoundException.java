package app.aftercare.clinic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No staff member with this id in the signed-in admin's clinic.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StaffMemberNotFoundException extends RuntimeException {

	public StaffMemberNotFoundException() {
		super("Staff member not found");
	}

}
