package app.aftercare.patient;

import java.time.LocalDate;

/**
 * What staff enter about a patient, when creating or changing one.
 */
public record PatientDetails(String firstName, String lastName, LocalDate dateOfBirth, String email, String phone,
		String preferredLanguage, String notes) {

}
