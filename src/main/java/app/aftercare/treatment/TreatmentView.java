package app.aftercare.treatment;

import java.time.Instant;
import java.util.List;

import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;

/**
 * A treatment as other features and the pages read it, so that the entity and its columns
 * can change without them.
 *
 * @param emailTo the address the patient agreed to be emailed at, or null
 * @param emailLink whether the link is emailed
 * @param emailReminders whether reminders are emailed (unless stopped)
 * @param remindersStoppedAt when the patient unsubscribed from reminders, or null
 */
public record TreatmentView(Long id, Long patientId, Long physioId, Instant treatedAt, List<TreatedArea> areas,
		Intensity intensity, boolean sensitiveArea, Integer needleCount, String notes, String ruleSet,
		Instant createdAt, Instant updatedAt, String emailTo, boolean emailLink, boolean emailReminders,
		Instant remindersStoppedAt) {

	/**
	 * Whether the patient gets reminders by email now: ticked, an address, not stopped.
	 */
	public boolean remindersOn() {
		return this.emailReminders && this.emailTo != null && this.remindersStoppedAt == null;
	}

	static TreatmentView of(Treatment treatment) {
		return new TreatmentView(treatment.getId(), treatment.getPatientId(), treatment.getPhysioId(),
				treatment.getTreatedAt(), treatment.getAreas(), treatment.getIntensity(), treatment.isSensitiveArea(),
				treatment.getNeedleCount(), treatment.getNotes(), treatment.getRuleSet(), treatment.getCreatedAt(),
				treatment.getUpdatedAt(), treatment.getEmailTo(), treatment.isEmailLink(), treatment.isEmailReminders(),
				treatment.getRemindersStoppedAt());
	}

}
