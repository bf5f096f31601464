package app.aftercare.patientlink;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.aftercare.clinic.Clinic;
import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.ZoneNames;
import app.aftercare.outbox.ComposedMessage;
import app.aftercare.outbox.Composition;
import app.aftercare.outbox.MailTemplates;
import app.aftercare.outbox.MessageComposer;
import app.aftercare.outbox.MessageKind;
import app.aftercare.outbox.OutboxMessage;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientService;
import app.aftercare.rules.Milestone;
import app.aftercare.treatment.PatientEmailKeys;
import app.aftercare.treatment.QuietHours;
import app.aftercare.treatment.TreatmentFile;
import app.aftercare.treatment.TreatmentNotFoundException;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.treatment.TreatmentView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the patient's emails when they are due, from the data as they are then: the link
 * (skipped once that link is revoked or expired, or the tick is off), and the reminders
 * of LIGHT_EXERCISE and FULL_TRAINING (skipped when the plan no longer has the milestone
 * at that moment, after an urgent sign, once the patient unsubscribed or the tick is off;
 * deferred to the end of the quiet hours). Each carries the patient's first name, the
 * clinic's name and phone and the link, in the patient's language, with times in the
 * clinic's zone, the zone named — never a surname, birth date, symptom or note.
 */
@Component
class PatientEmailComposer implements MessageComposer {

	/** A reminder due longer ago than this (no mail server for a while) is not sent. */
	static final Duration TOO_LATE = Duration.ofDays(1);

	private final PatientLinks links;

	private final PatientLinkService linkService;

	private final TreatmentService treatments;

	private final PatientService patients;

	private final ClinicService clinics;

	private final MailTemplates templates;

	private final QuietHours quietHours;

	private final ZoneNames zoneNames;

	private final MessageSource messages;

	PatientEmailComposer(PatientLinks links, PatientLinkService linkService, TreatmentService treatments,
			PatientService patients, ClinicService clinics, MailTemplates templates, QuietHours quietHours,
			ZoneNames zoneNames, MessageSource messages) {
		this.links = links;
		this.linkService = linkService;
		this.treatments = treatments;
		this.patients = patients;
		this.clinics = clinics;
		this.templates = templates;
		this.quietHours = quietHours;
		this.zoneNames = zoneNames;
		this.messages = messages;
	}

	@Override
	public Set<MessageKind> kinds() {
		return Set.of(MessageKind.PATIENT_LINK, MessageKind.REMINDER_LIGHT_EXERCISE,
				MessageKind.REMINDER_FULL_TRAINING);
	}

	@Override
	public Composition compose(OutboxMessage message, Instant now) {
		if (message.kind() == MessageKind.PATIENT_LINK) {
			return PatientEmailKeys.linkEmail(message.uniqueKey())
				.map((key) -> linkEmail(message.clinicId(), key, now))
				.orElseGet(() -> new Composition.Skip("not a link email"));
		}
		return PatientEmailKeys.reminder(message.uniqueKey())
			.map((key) -> reminder(message.clinicId(), key, now))
			.orElseGet(() -> new Composition.Skip("not a reminder"));
	}

	private Composition linkEmail(long clinicId, PatientEmailKeys.LinkEmail key, Instant now) {
		Optional<PatientLink> link = this.links.findById(key.linkId())
			.filter((found) -> found.getClinicId().equals(clinicId)
					&& found.getTreatmentId().equals(key.treatmentId()));
		if (link.isEmpty() || link.get().isRevoked()) {
			return new Composition.Skip("link revoked");
		}
		Optional<TreatmentFile> file = file(clinicId, key.treatmentId());
		if (file.isEmpty()) {
			return new Composition.Skip("treatment gone");
		}
		TreatmentView treatment = file.get().treatment();
		if (!treatment.emailLink() || treatment.emailTo() == null) {
			return new Composition.Skip("link email no longer wanted");
		}
		if (expired(file.get(), now)) {
			return new Composition.Skip("link expired");
		}
		Mail mail = mail(clinicId, treatment);
		Map<String, Object> model = mail.model();
		model.put("treatedAt", mail.time(treatment.treatedAt()));
		model.put("link", this.linkService.url(link.get()));
		return new Composition.Send(this.templates.render("patient-link", mail.locale(), model, treatment.emailTo(),
				"mail.patientLink.subject", new Object[] { mail.clinic().getName() }, Map.of()));
	}

	private Composition reminder(long clinicId, PatientEmailKeys.Reminder key, Instant now) {
		Optional<TreatmentFile> file = file(clinicId, key.treatmentId());
		if (file.isEmpty()) {
			return new Composition.Skip("treatment gone");
		}
		if (!file.get().remindsOf(key.milestone(), key.at())) {
			return new Composition.Skip("plan moved, or reminders off");
		}
		if (now.isAfter(key.at().plus(TOO_LATE))) {
			return new Composition.Skip("too late");
		}
		Optional<PatientLink> link = this.links.findActive(clinicId, key.treatmentId());
		if (link.isEmpty() || expired(file.get(), now)) {
			return new Composition.Skip("no live link");
		}
		TreatmentView treatment = file.get().treatment();
		Mail mail = mail(clinicId, treatment);
		ZoneId zone = mail.clinic().getTimeZone();
		if (this.quietHours.contains(now, zone)) {
			return new Composition.Defer(this.quietHours.outside(now, zone));
		}
		String url = this.linkService.url(link.get());
		String unsubscribe = url + "/unsubscribe";
		Milestone milestone = file.get().plan().milestone(key.milestone());
		Map<String, Object> model = mail.model();
		model.put("milestone", key.milestone().name());
		model.put("from", mail.time(milestone.from()));
		model.put("link", url);
		model.put("unsubscribe", unsubscribe);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return new Composition.Send(this.templates.render("reminder", mail.locale(), model, treatment.emailTo(),
				"mail.reminder." + key.milestone().name() + ".subject", new Object[] { mail.clinic().getName() },
				headers));
	}

	private Optional<TreatmentFile> file(long clinicId, Long treatmentId) {
		try {
			return Optional.of(this.treatments.file(clinicId, treatmentId));
		}
		catch (TreatmentNotFoundException ex) {
			return Optional.empty();
		}
	}

	private static boolean expired(TreatmentFile file, Instant now) {
		Instant expiresAt = PatientLinkService.expiresAt(file.plan());
		return expiresAt != null && !now.isBefore(expiresAt);
	}

	/**
	 * What every patient email says: the first name, the clinic with its phone, in the
	 * patient's language.
	 */
	private Mail mail(long clinicId, TreatmentView treatment) {
		Patient patient = this.patients.get(clinicId, treatment.patientId());
		Clinic clinic = this.clinics.clinic(clinicId);
		Locale locale = patient.getPreferredLocale();
		Map<String, Object> model = new HashMap<>();
		model.put("firstName", patient.getFirstName());
		model.put("clinicName", clinic.getName());
		model.put("clinicPhone", clinic.getPhone());
		DateTimeFormatter format = DateTimeFormatter
			.ofPattern(this.messages.getMessage("format.weekdayTime", null, locale), locale);
		return new Mail(clinic, locale, model, format, this.zoneNames.name(clinic.getTimeZone(), locale));
	}

	private record Mail(Clinic clinic, Locale locale, Map<String, Object> model, DateTimeFormatter format,
			String zoneName) {

		/**
		 * A moment in the clinic's zone, the zone named: "Thursday 14 May 2026, 10:00
		 * (United Kingdom time)".
		 */
		String time(Instant instant) {
			return this.format.format(instant.atZone(this.clinic.getTimeZone())) + " (" + this.zoneName + ")";
		}

	}

}
