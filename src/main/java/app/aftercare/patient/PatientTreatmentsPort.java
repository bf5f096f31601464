package app.aftercare.patient;

import java.util.List;

/**
 * The treatments of a patient, as the patient page lists them. Implemented by the
 * treatment feature.
 */
public interface PatientTreatmentsPort {

	/**
	 * The patient's treatments, newest first.
	 */
	List<TreatmentSummary> forPatient(Long clinicId, Long patientId);

}
