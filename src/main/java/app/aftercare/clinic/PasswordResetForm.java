package app.aftercare.clinic;

import app.aftercare.web.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The email a staff member who forgot their password asks a link for.
 */
public class PasswordResetForm {

	static final String[] FIELDS = { "email" };

	@NotBlank
	@Email
	@Size(max = 254)
	@PlainText
	private String email;

	public String getEmail() {
		return this.email;
	}

	/**
	 * Surrounding spaces are dropped before the address is checked, as at the login form.
	 */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

}
