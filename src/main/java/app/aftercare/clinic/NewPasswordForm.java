package app.aftercare.clinic;

import app.aftercare.security.AcceptablePassword;

/**
 * The new password an admin sets for a staff member on the staff page.
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
