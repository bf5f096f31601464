package app.aftercare.clinic;

import java.time.Instant;
import java.util.Locale;

import app.aftercare.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * Someone who works at a clinic and signs in with an email address and a password.
 */
@Entity
public class StaffMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "clinic_id")
	private Clinic clinic;

	private String name;

	private String email;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private Instant createdAt;

	@Version
	private long version;

	protected StaffMember() {
	}

	public StaffMember(Clinic clinic, String name, String email, String passwordHash, Role role, Instant createdAt) {
		this.clinic = clinic;
		this.name = name;
		this.email = normalizeEmail(email);
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	public static String normalizeEmail(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public Long getId() {
		return this.id;
	}

	public Clinic getClinic() {
		return this.clinic;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
