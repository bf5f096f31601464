package app.aftercare.treatment;

import java.util.List;

import app.aftercare.rules.Plan;

/**
 * A treatment with everything its plan is computed from, and the plan.
 */
public record TreatmentFile(Treatment treatment, List<SymptomReport> reports, List<TreatmentReview> reviews,
		Plan plan) {

	public List<SymptomReport> openAlerts() {
		return this.reports.stream().filter(SymptomReport::hasOpenAlert).toList();
	}

}
