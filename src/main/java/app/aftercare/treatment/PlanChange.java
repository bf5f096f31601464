package app.aftercare.treatment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.aftercare.rules.Milestone;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.Symptom;

/**
 * The latest change to a treatment's plan and what caused it, so that the patient is told
 * why their plan moved, not only that it did.
 *
 * @param at when the cause happened
 * @param cause a report of the patient, one recorded by the clinic, or a review
 * @param symptoms what the report said (soreness of 7 or more as significant pain); empty
 * for a review
 * @param moved the milestones as they are now, each one that moved; may be empty
 * @param patientNote the note the physiotherapist wrote for the patient in the latest
 * review that has one, or null
 */
public record PlanChange(Instant at, Cause cause, Set<Symptom> symptoms, List<Milestone> moved, String patientNote) {

	public enum Cause {

		PATIENT_REPORT, CLINIC_REPORT, REVIEW

	}

	/**
	 * The moved milestones, those moved to the same instant (or on hold) together, so
	 * that a time is said once; an "until" (alcohol and caffeine) never joins a "from".
	 */
	public List<List<Milestone>> movedTogether() {
		Map<String, List<Milestone>> groups = new LinkedHashMap<>();
		for (Milestone milestone : this.moved) {
			String key = milestone.onHold() ? "on hold"
					: (milestone.code() == MilestoneCode.ALCOHOL_CAFFEINE ? "until " : "from ") + milestone.from();
			groups.computeIfAbsent(key, (ignored) -> new ArrayList<>()).add(milestone);
		}
		return List.copyOf(groups.values());
	}

	public boolean worthTelling() {
		return !this.moved.isEmpty() || this.patientNote != null;
	}

}
