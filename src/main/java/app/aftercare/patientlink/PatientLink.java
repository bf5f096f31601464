package app.aftercare.patientlink;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The capability URL of one treatment for its patient. The token is derived from the seed
 * with a secret kept outside the database; only its hash is stored to look it up.
 */
@Entity
public class PatientLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long clinicId;

	private Long treatmentId;

	private String seed;

	private String tokenHash;

	private Instant createdAt;

	private Instant revokedAt;

	private Instant lastOpenedAt;

	private int openCount;

	protected PatientLink() {
	}

	PatientLink(Long clinicId, Long treatmentId, String seed, String tokenHash, Instant createdAt) {
		this.clinicId = clinicId;
		this.treatmentId = treatmentId;
		this.seed = seed;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getClinicId() {
		return this.clinicId;
	}

	public Long getTreatmentId() {
		return this.treatmentId;
	}

	String getSeed() {
		return this.seed;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public Instant getLastOpenedAt() {
		return this.lastOpenedAt;
	}

	public int getOpenCount() {
		return this.openCount;
	}

}
