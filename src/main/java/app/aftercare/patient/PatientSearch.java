package app.aftercare.patient;

import java.util.List;

/**
 * Name search within one clinic: every word must start the first or the last name,
 * compared in {@link SearchText searchable form}.
 */
interface PatientSearch {

	long countMatching(Long clinicId, List<String> tokens);

	/**
	 * Matching patients by last name, first name and id.
	 */
	List<Patient> findMatching(Long clinicId, List<String> tokens, int offset, int limit);

}
