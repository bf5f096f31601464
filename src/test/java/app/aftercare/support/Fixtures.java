package app.aftercare.support;

import java.time.ZoneId;

import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;

import org.springframework.stereotype.Component;

/**
 * Small builders of saved test data.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private final ClinicService clinicService;

	Fixtures(ClinicService clinicService) {
		this.clinicService = clinicService;
	}

	public StaffMember clinicWithAdmin(String clinicName, String email) {
		return this.clinicService.register(new ClinicService.NewClinic(clinicName, ZoneId.of("Europe/London"),
				"Admin of " + clinicName, email, PASSWORD));
	}

}
