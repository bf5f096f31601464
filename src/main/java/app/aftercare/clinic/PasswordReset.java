package app.aftercare.clinic;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A one-time link that lets a staff member choose a new password: valid for
 * {@link #VALID_FOR} and once. Like a patient link, its token is derived from the seed
 * with the link secret, which is kept outside the database; only the token's hash is
 * stored.
 */
@Entity
class PasswordReset {

	static final Duration VALID_FOR = Duration.ofMinutes(30);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long clinicId;

	private Long staffId;

	private String seed;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected PasswordReset() {
	}

	PasswordReset(Long clinicId, Long staffId, String seed, String tokenHash, Instant createdAt) {
		this.clinicId = clinicId;
		this.staffId = staffId;
		this.seed = seed;
		this.tokenHash = tokenHash;
		// as PostgreSQL keeps it, so that the link ends at the same instant before and
		// after it is stored
		this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
		this.expiresAt = this.createdAt.plus(VALID_FOR);
	}

	/**
	 * Whether the link still sets a password at {@code now}: not used, not expired.
	 */
	boolean isUsableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	Long getId() {
		return this.id;
	}

	Long getClinicId() {
		return this.clinicId;
	}

	Long getStaffId() {
		return this.staffId;
	}

	String getSeed() {
		return this.seed;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
