package app.aftercare.treatment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import app.aftercare.patient.PatientTreatments;
import app.aftercare.patient.TreatmentSummary;

import org.springframework.stereotype.Component;

/**
 * The treatments listed on a patient's page, with their status now.
 */
@Component
class PatientTreatmentList implements PatientTreatments {

	private final TreatmentService treatments;

	private final Clock clock;

	PatientTreatmentList(TreatmentService treatments, Clock clock) {
		this.treatments = treatments;
		this.clock = clock;
	}

	@Override
	public List<TreatmentSummary> forPatient(Long clinicId, Long patientId) {
		Instant now = this.clock.instant();
		return this.treatments.forPatient(clinicId, patientId)
			.stream()
			.map((file) -> new TreatmentSummary(file.id(), file.treatment().treatedAt(),
					file.treatment()
						.areas()
						.stream()
						.map((area) -> area.area().label())
						.collect(Collectors.joining(", ")),
					file.statusAt(now).name()))
			.toList();
	}

}
