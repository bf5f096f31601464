package app.aftercare.treatment;

import java.time.Instant;
import java.util.List;

import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;

/**
 * A treatment as other features and the pages read it, so that the entity and its columns
 * can change without them.
 */
public record TreatmentView(Long id, Long patientId, Long physioId, Instant treatedAt, List<TreatedArea> areas,
		Intensity intensity, boolean sensitiveArea, Integer needleCount, String notes, String ruleSet,
		Instant createdAt, Instant updatedAt) {

	static TreatmentView of(Treatment treatment) {
		return new TreatmentView(treatment.getId(), treatment.getPatientId(), treatment.getPhysioId(),
				treatment.getTreatedAt(), treatment.getAreas(), treatment.getIntensity(), treatment.isSensitiveArea(),
				treatment.getNeedleCount(), treatment.getNotes(), treatment.getRuleSet(), treatment.getCreatedAt(),
				treatment.getUpdatedAt());
	}

}
