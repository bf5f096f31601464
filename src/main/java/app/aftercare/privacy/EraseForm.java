package app.aftercare.privacy;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The confirmation of an erasure: the admin types the patient's last name.
 */
public class EraseForm {

	@NotBlank(message = "{admin.erase.confirmation.required}")
	@Size(max = 100)
	private String confirmation;

	boolean confirms(String lastName) {
		return this.confirmation != null
				&& this.confirmation.strip().toLowerCase(Locale.ROOT).equals(lastName.strip().toLowerCase(Locale.ROOT));
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
