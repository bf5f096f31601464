package app.aftercare.treatment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.aftercare.clinic.Clinic;
import app.aftercare.clinic.ClinicService;
import app.aftercare.clinic.StaffMember;
import app.aftercare.outbox.Channel;
import app.aftercare.outbox.Composition;
import app.aftercare.outbox.MailTemplates;
import app.aftercare.outbox.MessageComposer;
import app.aftercare.outbox.MessageKind;
import app.aftercare.outbox.NewMessage;
import app.aftercare.outbox.Outbox;
import app.aftercare.outbox.OutboxMessage;
import app.aftercare.web.PublicAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The clinic hears of an alert at once (SPEC "Messages (email)"): when a check-in raises
 * one, an email to the treating physiotherapist and to the clinic's alert email, if set,
 * is queued in the same transaction; an urgent sign goes before everything else due.
 * <p>
 * The email says only the alert level, the clinic, when it was reported and the link to
 * the treatment page (sign-in required): no patient name, symptoms or notes. It is in
 * English, as every staff email. An alert closed before the email goes out, or a report
 * no longer there, sends nothing.
 */
@Component
class ClinicAlertMessages implements MessageComposer {

	private static final String ABOUT = "report:";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final Outbox outbox;

	private final SymptomReports reports;

	private final ClinicService clinics;

	private final MailTemplates templates;

	private final PublicAddress publicAddress;

	private final MessageSource messages;

	ClinicAlertMessages(Outbox outbox, SymptomReports reports, ClinicService clinics, MailTemplates templates,
			PublicAddress publicAddress, MessageSource messages) {
		this.outbox = outbox;
		this.reports = reports;
		this.clinics = clinics;
		this.templates = templates;
		this.publicAddress = publicAddress;
		this.messages = messages;
	}

	/**
	 * Queues the alert's emails in the caller's transaction, due now.
	 */
	void queue(Long clinicId, Long physioId, SymptomReport report, Instant now) {
		Clinic clinic = this.clinics.clinic(clinicId);
		List<NewMessage> messages = new ArrayList<>();
		Optional<String> physio = this.clinics.staffMember(clinicId, physioId)
			.filter(StaffMember::isEnabled)
			.map(StaffMember::getEmail);
		physio.ifPresent((email) -> messages.add(message(clinic, report, email, "physio", now)));
		String alertEmail = clinic.getAlertEmail();
		if (alertEmail != null && !physio.map(alertEmail::equalsIgnoreCase).orElse(false)) {
			messages.add(message(clinic, report, alertEmail, "clinic", now));
		}
		for (NewMessage message : messages) {
			if (report.getAlertLevel() == AlertLevel.URGENT) {
				this.outbox.queueUrgent(message);
			}
			else {
				this.outbox.queue(message);
			}
		}
	}

	private static NewMessage message(Clinic clinic, SymptomReport report, String recipient, String to, Instant now) {
		return new NewMessage(clinic.getId(), Channel.EMAIL, recipient, MessageKind.CLINIC_ALERT,
				ABOUT + report.getId(), now, "alert:" + report.getId() + ":" + to);
	}

	@Override
	public Set<MessageKind> kinds() {
		return Set.of(MessageKind.CLINIC_ALERT);
	}

	@Override
	public Composition compose(OutboxMessage message, Instant now) {
		Optional<SymptomReport> found = reportOf(message);
		if (found.isEmpty() || found.get().getAlertLevel() == null) {
			return new Composition.Skip("the report is no longer there");
		}
		SymptomReport report = found.get();
		if (report.getResolvedAt() != null) {
			return new Composition.Skip("the alert was closed before the email went out");
		}
		Clinic clinic = this.clinics.clinic(message.clinicId());
		ZoneId zone = clinic.getTimeZone();
		String level = this.messages.getMessage("alert." + report.getAlertLevel().name(), null, Locale.ENGLISH);
		Map<String, Object> model = Map.of("levelLabel", level, "urgent", report.getAlertLevel() == AlertLevel.URGENT,
				"clinicName", clinic.getName(), "reportedAt", TIME.format(report.getReportedAt().atZone(zone)), "zone",
				zone.getId(), "link", this.publicAddress.baseUrl() + "/treatments/" + report.getTreatmentId());
		return new Composition.Send(this.templates.render("clinic-alert", Locale.ENGLISH, model, message.recipient(),
				"mail.clinicAlert.subject", new Object[] { level, clinic.getName() }, null));
	}

	private Optional<SymptomReport> reportOf(OutboxMessage message) {
		if (!message.about().startsWith(ABOUT)) {
			return Optional.empty();
		}
		try {
			return this.reports.findByIdAndClinicId(Long.valueOf(message.about().substring(ABOUT.length())),
					message.clinicId());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
