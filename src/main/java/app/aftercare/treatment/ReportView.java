package app.aftercare.treatment;

import java.time.Instant;
import java.util.Set;

import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;

/**
 * A symptom report as other features and the pages read it.
 *
 * @param alertLevel the alert the report raised, or null
 * @param resolvedAt when the alert was acknowledged or reviewed, or null
 */
public record ReportView(Long id, Instant reportedAt, SymptomSource source, Set<Symptom> symptoms, Integer soreness,
		AlertLevel alertLevel, Instant resolvedAt) {

	static ReportView of(SymptomReport report) {
		return new ReportView(report.getId(), report.getReportedAt(), report.getSource(), report.getSymptoms(),
				report.getSoreness(), report.getAlertLevel(), report.getResolvedAt());
	}

	public boolean hasOpenAlert() {
		return this.alertLevel != null && this.resolvedAt == null;
	}

}
