package app.aftercare.clinic;

import app.aftercare.security.AcceptablePassword;
import app.aftercare.web.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields of a new staff account, checked alike wherever an account is created: at
 * set-up, at sign-up and when an admin adds a staff member.
 */
public abstract class AccountForm {

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String name;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@AcceptablePassword
	private String password;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	/**
	 * Surrounding spaces are dropped before the address is checked, as they are when it
	 * is stored.
	 */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
