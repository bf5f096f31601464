package app.aftercare.clinic;

import java.time.ZoneId;

import app.aftercare.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the first-run and sign-up pages ask for: the clinic and its first administrator.
 */
public class SetupForm extends AccountForm {

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String clinicName;

	@NotBlank
	@KnownTimeZone
	private String timeZone = "Europe/London";

	ClinicService.NewClinic toCommand() {
		return new ClinicService.NewClinic(this.clinicName, ZoneId.of(this.timeZone), getName(), getEmail(),
				getPassword());
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

}
