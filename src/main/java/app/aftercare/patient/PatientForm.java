package app.aftercare.patient;

import java.time.LocalDate;

import app.aftercare.web.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The patient form, for creating and for editing.
 */
public class PatientForm {

	@NotBlank
	@PlainText
	@Size(max = 100, message = "{patients.validation.tooLong}")
	private String firstName;

	@NotBlank
	@PlainText
	@Size(max = 100, message = "{patients.validation.tooLong}")
	private String lastName;

	@BirthDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateOfBirth;

	@Email
	@PlainText
	@Size(max = 254, message = "{patients.validation.tooLong}")
	private String email;

	@Size(max = 40, message = "{patients.validation.tooLong}")
	@Pattern(regexp = "[0-9 +()\\-]*", message = "{patients.validation.phone}")
	private String phone;

	@NotNull(message = "{patients.validation.language}")
	@Pattern(regexp = "en|es", message = "{patients.validation.language}")
	private String preferredLanguage = "en";

	@PlainText
	@Size(max = 4000, message = "{patients.validation.tooLong}")
	private String notes;

	static PatientForm of(Patient patient) {
		PatientForm form = new PatientForm();
		form.firstName = patient.getFirstName();
		form.lastName = patient.getLastName();
		form.dateOfBirth = patient.getDateOfBirth();
		form.email = patient.getEmail();
		form.phone = patient.getPhone();
		form.preferredLanguage = patient.getPreferredLanguage();
		form.notes = patient.getNotes();
		return form;
	}

	PatientDetails toDetails() {
		return new PatientDetails(this.firstName, this.lastName, this.dateOfBirth, this.email, this.phone,
				this.preferredLanguage, this.notes);
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
