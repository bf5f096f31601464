package app.aftercare.support;

import java.time.ZoneId;

import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;

import org.springframework.stereotype.Component;

/**
 * Small builders of saved test data.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private final ClinicService clinicService;

	private final PatientService patientService;

	Fixtures(ClinicService clinicService, PatientService patientService) {
		this.clinicService = clinicService;
		this.patientService = patientService;
	}

	public StaffMember clinicWithAdmin(String clinicName, String email) {
		return this.clinicService.register(new ClinicService.NewClinic(clinicName, ZoneId.of("Europe/London"),
				"Admin of " + clinicName, email, PASSWORD));
	}

	/**
	 * A patient of the staff member's clinic, with only the required details.
	 */
	public Patient patient(StaffMember staff, String firstName, String lastName) {
		return this.patientService.create(staff.getClinic().getId(),
				new PatientDetails(firstName, lastName, null, null, null, "en", null));
	}

}
