package app.aftercare.patientlink;

import java.time.ZoneId;
import java.util.Locale;

import app.aftercare.treatment.TreatmentSnapshot;

/**
 * What the patient page may know of a valid link: the treatment file for the plan, and of
 * the patient only the first name and the language. No surname, birth date, contact
 * details or notes ever reach the page.
 *
 * @param linkId the link opened
 * @param clinicId the clinic of the treatment
 * @param firstName the patient's first name
 * @param locale the patient's preferred language
 * @param clinicName the clinic's name
 * @param clinicPhone the clinic's phone as entered, or null
 * @param zone the clinic's time zone
 * @param file what the page shows of the treatment: its plan and last change
 */
record PatientPage(Long linkId, Long clinicId, String firstName, Locale locale, String clinicName, String clinicPhone,
		ZoneId zone, TreatmentSnapshot file) {

	Long treatmentId() {
		return this.file.id();
	}

	/**
	 * The clinic's phone as a {@code tel:} URI: digits and a leading plus only; null when
	 * there is no number to call.
	 */
	String clinicPhoneUri() {
		return PhoneNumbers.telUri(this.clinicPhone);
	}

	EmergencyNumber emergency() {
		return EmergencyNumber.forZone(this.zone);
	}

}
