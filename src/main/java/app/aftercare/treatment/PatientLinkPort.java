package app.aftercare.treatment;

import java.time.Instant;
import java.util.Optional;

import app.aftercare.rules.Plan;

/**
 * What the treatment page shows of the patient link; implemented by the patient-link
 * feature.
 */
public interface PatientLinkPort {

	/**
	 * The treatment's active link, if any; the plan tells until when it works.
	 */
	Optional<LinkState> state(Long clinicId, Long treatmentId, Plan plan);

	/**
	 * @param url the link to print (absolute)
	 * @param localOnly whether it points to this machine, for want of a configured public
	 * address, so that patients cannot open it
	 * @param lastOpenedAt when the patient last opened it, or null
	 * @param openCount how often it was opened
	 * @param expiresAt when it stops working, or null while the plan is on hold
	 */
	record LinkState(String url, boolean localOnly, Instant lastOpenedAt, int openCount, Instant expiresAt) {
	}

}
