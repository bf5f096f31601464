package app.aftercare.clinic;

import app.aftercare.web.PlainText;
import app.aftercare.security.AcceptablePassword;
import app.aftercare.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin enters to add a staff member.
 */
public class StaffForm {

	static final String[] FIELDS = { "name", "email", "password", "role" };

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

	@NotNull(message = "{admin.staff.validation.role}")
	private Role role = Role.PHYSIO;

	StaffService.NewStaffMember toCommand() {
		return new StaffService.NewStaffMember(this.name, this.email, this.password, this.role);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
