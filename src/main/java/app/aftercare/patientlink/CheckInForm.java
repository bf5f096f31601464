package app.aftercare.patientlink;

import app.aftercare.rules.ObservedSymptom;
import app.aftercare.treatment.SymptomsForm;

import org.springframework.validation.Errors;

/**
 * The patient's check-in: the clinic's symptom form, named for the patient page so that
 * its errors read in the patient's words ({@code ...checkInForm...} keys), and refusing
 * what a patient may contradict.
 */
public class CheckInForm extends SymptomsForm {

	static final String[] FIELDS = SymptomsForm.FIELDS;

	/**
	 * "I feel fine" with a symptom, or with soreness that counts as significant pain, is
	 * a contradiction: the plan would follow the symptom and silently drop "fine", so the
	 * patient is asked to say which one holds.
	 */
	void rejectContradictions(Errors errors) {
		boolean painful = getSoreness() != null && getSoreness() >= ObservedSymptom.SIGNIFICANT_PAIN_SORENESS;
		if (isFeelFine() && (!getSymptoms().isEmpty() || painful)) {
			errors.rejectValue("feelFine", "checkIn.feelFine.contradiction");
		}
	}

}
