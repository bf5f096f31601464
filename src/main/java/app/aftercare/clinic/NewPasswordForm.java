package app.aftercare.clinic;

import app.aftercare.security.AcceptablePassword;

/**
 * A new password: set by an admin for a staff member on the staff page, or by the staff
 * member with a password-reset link.
 */
public class NewPasswordForm {

	static final String[] FIELDS = { "password" };

	@AcceptablePassword
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
