package app.aftercare.clinic;

import java.time.ZoneId;

import app.aftercare.web.PlainText;
import app.aftercare.security.AcceptablePassword;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the first-run and sign-up pages ask for: the clinic and its first administrator.
 */
public class SetupForm {

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String clinicName;

	@NotBlank
	@KnownTimeZone
	private String timeZone = "Europe/London";

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String name;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@AcceptablePassword
	private String password;

	ClinicService.NewClinic toCommand() {
		return new ClinicService.NewClinic(this.clinicName, ZoneId.of(this.timeZone), this.name, this.email,
				this.password);
	}

	public String getClinicName() {
		return this.clinicName;
	}

	public void setClinicName(String clinicName) {
		this.clinicName = clinicName;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
