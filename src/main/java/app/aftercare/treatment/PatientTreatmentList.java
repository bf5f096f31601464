package app.aftercare.treatment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import app.aftercare.patient.PatientTreatmentsPort;
import app.aftercare.patient.TreatmentSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The treatments listed on a patient's page, with their status now, the areas named in
 * the page's language.
 */
@Component
class PatientTreatmentList implements PatientTreatmentsPort {

	private final TreatmentService treatments;

	private final MessageSource messages;

	private final Clock clock;

	PatientTreatmentList(TreatmentService treatments, MessageSource messages, Clock clock) {
		this.treatments = treatments;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<TreatmentSummary> forPatient(Long clinicId, Long patientId) {
		Instant now = this.clock.instant();
		Locale locale = LocaleContextHolder.getLocale();
		return this.treatments.forPatient(clinicId, patientId)
			.stream()
			.map((file) -> new TreatmentSummary(file.id(), file.treatment().treatedAt(),
					file.treatment()
						.areas()
						.stream()
						.map((area) -> this.messages.getMessage("area." + area.area().name(), null, locale))
						.collect(Collectors.joining(", ")),
					file.statusAt(now).name()))
			.toList();
	}

}
