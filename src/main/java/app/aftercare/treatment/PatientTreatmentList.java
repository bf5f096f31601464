package app.aftercare.treatment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import app.aftercare.patient.PatientTreatmentsPort;
import app.aftercare.patient.TreatmentSummary;
import app.aftercare.rules.TreatedArea;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The treatments listed on a patient's page, with their status now.
 */
@Component
class PatientTreatmentList implements PatientTreatmentsPort {

	private final TreatmentService treatments;

	private final Clock clock;

	private final MessageSource messages;

	PatientTreatmentList(TreatmentService treatments, Clock clock, MessageSource messages) {
		this.treatments = treatments;
		this.clock = clock;
		this.messages = messages;
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
						.map((area) -> name(area, LocaleContextHolder.getLocale()))
						.collect(Collectors.joining(", ")),
					file.statusAt(now).name()))
			.toList();
	}

	/**
	 * The area in the page's language, with its side agreeing with it ("Pared torácica
	 * (izquierda)"), as fragments/areas.html writes it.
	 */
	private String name(TreatedArea area, Locale locale) {
		String name = this.messages.getMessage("area." + area.area(), null, locale);
		if (area.side() == null) {
			return name;
		}
		String side = this.messages.getMessage("areaSide." + area.side() + "." + area.area(), null, null, locale);
		if (side == null) {
			side = this.messages.getMessage("areaSide." + area.side(), null, area.side().name(), locale);
		}
		return name + " (" + side + ")";
	}

}
