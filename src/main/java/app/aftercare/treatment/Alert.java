package app.aftercare.treatment;

import java.time.Instant;
import java.util.Set;

import app.aftercare.rules.Symptom;

/**
 * An open alert on the clinic's dashboard: a patient's report that needs attention.
 */
public record Alert(Long reportId, Long treatmentId, Long patientId, AlertLevel level, Instant reportedAt,
		Set<Symptom> symptoms, Integer soreness) {
}
