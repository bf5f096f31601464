package app.aftercare.treatment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import app.aftercare.clinic.ClinicService;
import app.aftercare.outbox.Channel;
import app.aftercare.outbox.MessageKind;
import app.aftercare.outbox.NewMessage;
import app.aftercare.outbox.Outbox;
import app.aftercare.rules.Milestone;
import app.aftercare.rules.MilestoneCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Queues the patient's emails in the transaction of the change that causes them (SPEC
 * "Messages"): the link when a treatment is saved with "Email the link to the patient"
 * (through {@link LinkEmailAsked}, for the feature that owns links), and a reminder for
 * each of LIGHT_EXERCISE and FULL_TRAINING still to come whenever the plan may have moved
 * — the treatment saved, symptoms recorded, a review. Nothing is rendered here: the
 * composers re-check and write each email when it is due.
 */
@Component
class PatientEmails {

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final ClinicService clinics;

	private final QuietHours quietHours;

	PatientEmails(Outbox outbox, ApplicationEventPublisher events, ClinicService clinics, QuietHours quietHours) {
		this.outbox = outbox;
		this.events = events;
		this.clinics = clinics;
		this.quietHours = quietHours;
	}

	/**
	 * Queues what the treatment's file now asks for; what was queued before stays queued
	 * and is skipped when due if the plan no longer has it.
	 * @param emailLink whether the link is to be emailed (saved with the tick)
	 */
	void afterChange(TreatmentFile file, boolean emailLink, Instant now) {
		Treatment treatment = file.entity();
		String to = treatment.getEmailTo();
		if (to == null) {
			return;
		}
		Long clinicId = treatment.getClinicId();
		Long treatmentId = treatment.getId();
		String about = PatientEmailKeys.about(treatmentId);
		if (emailLink) {
			this.events.publishEvent(new LinkEmailAsked(clinicId, treatmentId, to));
		}
		List<Milestone> reminders = file.reminders(now);
		if (reminders.isEmpty()) {
			return;
		}
		ZoneId zone = this.clinics.clinic(clinicId).getTimeZone();
		for (Milestone milestone : reminders) {
			this.outbox.queue(new NewMessage(clinicId, Channel.EMAIL, to, kindOf(milestone.code()), about,
					this.quietHours.outside(milestone.from(), zone),
					PatientEmailKeys.reminder(treatmentId, milestone.code(), milestone.from())));
		}
	}

	static MessageKind kindOf(MilestoneCode milestone) {
		return (milestone == MilestoneCode.LIGHT_EXERCISE) ? MessageKind.REMINDER_LIGHT_EXERCISE
				: MessageKind.REMINDER_FULL_TRAINING;
	}

}
