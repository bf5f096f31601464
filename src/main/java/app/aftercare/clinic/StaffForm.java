package app.aftercare.clinic;

import app.aftercare.security.Role;
import jakarta.validation.constraints.NotNull;

/**
 * What an admin enters to add a staff member.
 */
public class StaffForm extends AccountForm {

	static final String[] FIELDS = { "name", "email", "password", "role" };

	@NotNull(message = "{admin.staff.validation.role}")
	private Role role = Role.PHYSIO;

	StaffService.NewStaffMember toCommand() {
		return new StaffService.NewStaffMember(getName(), getEmail(), getPassword(), this.role);
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
