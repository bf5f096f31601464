package app.aftercare.patientlink;

import app.aftercare.treatment.SymptomsForm;

/**
 * The patient's check-in: symptoms in plain words, "I feel fine", soreness 0–10. Its own
 * name gives it its own, patient-worded error messages ({@code ...checkInForm...} keys).
 */
public class CheckInForm extends SymptomsForm {

}
