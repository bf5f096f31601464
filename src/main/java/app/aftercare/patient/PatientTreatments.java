package app.aftercare.patient;

import java.util.List;

/**
 * The treatments of a patient, as the patient page lists them. Implemented by the
 * treatment feature; without an implementation the page lists none.
 */
public interface PatientTreatments {

	/**
	 * The patient's treatments, newest first.
	 */
	List<TreatmentSummary> forPatient(Long clinicId, Long patientId);

}
