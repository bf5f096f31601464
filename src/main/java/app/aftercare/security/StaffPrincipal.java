package app.aftercare.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: who they are, which clinic every query is scoped to, and
 * their role.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private final Long staffId;

	private final Long clinicId;

	private final String name;

	private final String email;

	private final Role role;

	private final boolean enabled;

	private String passwordHash;

	public StaffPrincipal(Long staffId, Long clinicId, String name, String email, Role role, boolean enabled,
			String passwordHash) {
		this.staffId = staffId;
		this.clinicId = clinicId;
		this.name = name;
		this.email = email;
		this.role = role;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public Long staffId() {
		return this.staffId;
	}

	public Long clinicId() {
		return this.clinicId;
	}

	public String name() {
		return this.name;
	}

	public Role role() {
		return this.role;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && Objects.equals(this.staffId, that.staffId);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.staffId);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + this.staffId + "]";
	}

}
