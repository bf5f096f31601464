package app.aftercare.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Who did what to which record, when and from where. Append-only: the database refuses
 * updates and deletes. Holds record ids, never a patient's personal data.
 */
@Entity
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long clinicId;

	private Long actorId;

	private String actor;

	private String action;

	private String recordType;

	private Long recordId;

	private Instant occurredAt;

	private String remoteAddress;

	private String detail;

	protected AuditEvent() {
	}

	AuditEvent(Long clinicId, Long actorId, String actor, String action, String recordType, Long recordId,
			Instant occurredAt, String remoteAddress, String detail) {
		this.clinicId = clinicId;
		this.actorId = actorId;
		this.actor = actor;
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.occurredAt = occurredAt;
		this.remoteAddress = remoteAddress;
		this.detail = detail;
	}

	public Long getId() {
		return this.id;
	}

	public Long getClinicId() {
		return this.clinicId;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getRecordType() {
		return this.recordType;
	}

	public Long getRecordId() {
		return this.recordId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getRemoteAddress() {
		return this.remoteAddress;
	}

	/**
	 * What a denied request asked for (method and path, never a query string or a link
	 * token); null for other events.
	 */
	public String getDetail() {
		return this.detail;
	}

}
