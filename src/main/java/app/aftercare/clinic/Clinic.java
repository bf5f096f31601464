package app.aftercare.clinic;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A physiotherapy clinic: every other record belongs to exactly one.
 */
@Entity
public class Clinic {

	/**
	 * The languages a clinic's pages and sheets can default to.
	 */
	public static final List<String> LANGUAGES = List.of("en", "es");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Column(name = "time_zone")
	private String timeZone;

	private String phone;

	private String address;

	private String defaultLanguage;

	private String alertEmail;

	private Instant createdAt;

	protected Clinic() {
	}

	public Clinic(String name, ZoneId timeZone, Instant createdAt) {
		this.name = name;
		this.timeZone = timeZone.getId();
		this.defaultLanguage = "en";
		this.createdAt = createdAt;
	}

	public void updateDetails(String name, ZoneId timeZone, String phone, String address, String defaultLanguage,
			String alertEmail) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A clinic has a name");
		}
		if (!LANGUAGES.contains(defaultLanguage)) {
			throw new IllegalArgumentException("Unknown language");
		}
		this.name = name;
		this.timeZone = timeZone.getId();
		this.phone = phone;
		this.address = address;
		this.defaultLanguage = defaultLanguage;
		this.alertEmail = alertEmail;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public ZoneId getTimeZone() {
		return ZoneId.of(this.timeZone);
	}

	public String getPhone() {
		return this.phone;
	}

	public String getAddress() {
		return this.address;
	}

	public String getDefaultLanguage() {
		return this.defaultLanguage;
	}

	/**
	 * Where the clinic's alerts are emailed besides the treating physiotherapist, if
	 * anywhere.
	 */
	public String getAlertEmail() {
		return this.alertEmail;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
