package app.aftercare.treatment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import app.aftercare.rules.Intensity;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.TreatedArea;

/**
 * What a physiotherapist says about a treatment when logging or editing it.
 *
 * @param symptoms symptoms observed in clinic; recorded as a report at {@code treatedAt}
 * when the treatment is logged
 */
public record TreatmentDetails(Instant treatedAt, List<TreatedArea> areas, Intensity intensity, boolean sensitiveArea,
		Integer needleCount, Set<Symptom> symptoms, String notes) {

	public TreatmentDetails {
		areas = List.copyOf(areas);
		symptoms = Set.copyOf(symptoms);
	}

}
