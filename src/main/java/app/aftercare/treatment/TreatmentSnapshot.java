package app.aftercare.treatment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import app.aftercare.rules.Plan;
import app.aftercare.rules.TreatedArea;

/**
 * What the patient's side needs of a {@link TreatmentFile}, computed once: immutable, so
 * that it can be cached and shared between threads. It holds nothing that depends on the
 * current instant; {@link #planAt} places the plan at one.
 *
 * @param id the treatment
 * @param patientId the treatment's patient
 * @param plan the plan
 * @param areas the treated areas
 * @param change the latest report or review and how the plan moved, or null
 * @param patientReportTimes when the patient reported, oldest first
 * @param changes how many reports and reviews the treatment has (a calendar's sequence)
 * @param remindersByEmail whether reminder emails are still sent, or null when the
 * treatment was saved without them (nothing to show)
 */
public record TreatmentSnapshot(Long id, Long patientId, Plan plan, List<TreatedArea> areas, PlanChange change,
		List<Instant> patientReportTimes, int changes, Boolean remindersByEmail) {

	public TreatmentSnapshot {
		areas = List.copyOf(areas);
		patientReportTimes = List.copyOf(patientReportTimes);
	}

	/**
	 * The plan as the pages show it at {@code now}, in the clinic's zone.
	 */
	public PlanView planAt(ZoneId zone, Instant now) {
		return PlanView.of(this.plan, this.areas, zone, now);
	}

	/**
	 * The latest change, as {@link TreatmentFile#lastChange()}.
	 */
	public Optional<PlanChange> lastChange() {
		return Optional.ofNullable(this.change);
	}

	/**
	 * How many reports the patient made after {@code since}.
	 */
	public long patientReportsAfter(Instant since) {
		return this.patientReportTimes.stream().filter((at) -> at.isAfter(since)).count();
	}

}
