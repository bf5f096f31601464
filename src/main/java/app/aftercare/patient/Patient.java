package app.aftercare.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Someone a clinic treats. The searchable forms of the names always follow the names.
 */
@Entity
public class Patient {

	/**
	 * The languages a patient can receive their aftercare in.
	 */
	public static final List<String> LANGUAGES = List.of("en", "es");

	static final int MAX_NAME_LENGTH = 100;

	/**
	 * What stays of the names of an erased patient.
	 */
	public static final String ERASED_FIRST_NAME = "Erased";

	public static final String ERASED_LAST_NAME = "Patient";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long clinicId;

	private String firstName;

	private String lastName;

	private String searchFirstName;

	private String searchLastName;

	private LocalDate dateOfBirth;

	private String email;

	private String phone;

	private String preferredLanguage;

	private String notes;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant erasedAt;

	@Version
	private long version;

	protected Patient() {
	}

	public Patient(Long clinicId, PatientDetails details, Instant now) {
		if (clinicId == null) {
			throw new IllegalArgumentException("A patient belongs to a clinic");
		}
		this.clinicId = clinicId;
		this.createdAt = now;
		change(details, now);
	}

	/**
	 * Replaces what staff entered about the patient.
	 */
	public void change(PatientDetails details, Instant now) {
		if (isErased()) {
			throw new IllegalArgumentException("An erased patient cannot be changed");
		}
		String first = required(details.firstName());
		String last = required(details.lastName());
		if (!LANGUAGES.contains(details.preferredLanguage())) {
			throw new IllegalArgumentException("Unknown language");
		}
		this.firstName = first;
		this.lastName = last;
		this.searchFirstName = searchable(first);
		this.searchLastName = searchable(last);
		this.dateOfBirth = details.dateOfBirth();
		this.email = optional(details.email());
		this.phone = optional(details.phone());
		this.preferredLanguage = details.preferredLanguage();
		String notes = optional(details.notes());
		this.notes = (notes != null) ? notes.replace("\r\n", "\n") : null;
		this.updatedAt = now;
	}

	/**
	 * Removes the patient's personal data for good: names, date of birth, contact details
	 * and notes. The row stays, so that treatments and the audit trail keep their
	 * references; it no longer appears in searches or lists.
	 */
	public void erase(Instant now) {
		this.firstName = ERASED_FIRST_NAME;
		this.lastName = ERASED_LAST_NAME;
		this.searchFirstName = "";
		this.searchLastName = "";
		this.dateOfBirth = null;
		this.email = null;
		this.phone = null;
		this.notes = null;
		if (this.erasedAt == null) {
			this.erasedAt = now;
		}
		this.updatedAt = now;
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	private static String required(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A patient has a first and a last name");
		}
		return name.strip();
	}

	private static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String searchable(String name) {
		String normalized = SearchText.normalize(name);
		return (normalized.length() > MAX_NAME_LENGTH) ? normalized.substring(0, MAX_NAME_LENGTH) : normalized;
	}

	public Long getId() {
		return this.id;
	}

	public Long getClinicId() {
		return this.clinicId;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getFullName() {
		return this.firstName + " " + this.lastName;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public Locale getPreferredLocale() {
		return Locale.forLanguageTag(this.preferredLanguage);
	}

	public String getNotes() {
		return this.notes;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getErasedAt() {
		return this.erasedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
