package app.aftercare.clinic;

import java.time.ZoneId;

import app.aftercare.web.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The clinic settings an admin can change.
 */
public class ClinicForm {

	static final String[] FIELDS = { "name", "timeZone", "phone", "address", "defaultLanguage", "alertEmail" };

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String name;

	@NotBlank
	@KnownTimeZone
	private String timeZone;

	@Size(max = 40)
	@Pattern(regexp = "[0-9 +()\\-]*", message = "{admin.clinic.validation.phone}")
	private String phone;

	@Size(max = 500)
	@PlainText
	private String address;

	@NotNull(message = "{admin.clinic.validation.language}")
	@Pattern(regexp = "en|es", message = "{admin.clinic.validation.language}")
	private String defaultLanguage;

	@Email
	@Size(max = 254)
	private String alertEmail;

	static ClinicForm of(Clinic clinic) {
		ClinicForm form = new ClinicForm();
		form.name = clinic.getName();
		form.timeZone = clinic.getTimeZone().getId();
		form.phone = clinic.getPhone();
		form.address = clinic.getAddress();
		form.defaultLanguage = clinic.getDefaultLanguage();
		form.alertEmail = clinic.getAlertEmail();
		return form;
	}

	ClinicService.ClinicDetails toDetails() {
		return new ClinicService.ClinicDetails(this.name.strip(), ZoneId.of(this.timeZone), optional(this.phone),
				optional(this.address), this.defaultLanguage, optional(this.alertEmail));
	}

	private static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip().replace("\r\n", "\n");
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getDefaultLanguage() {
		return this.defaultLanguage;
	}

	public void setDefaultLanguage(String defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	public String getAlertEmail() {
		return this.alertEmail;
	}

	/**
	 * Surrounding spaces are dropped before the address is checked, as they are when it
	 * is stored.
	 */
	public void setAlertEmail(String alertEmail) {
		this.alertEmail = (alertEmail != null) ? alertEmail.strip() : null;
	}

}
