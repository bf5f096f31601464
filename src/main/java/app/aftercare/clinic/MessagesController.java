package app.aftercare.clinic;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.outbox.Channel;
import app.aftercare.outbox.MessageStatus;
import app.aftercare.outbox.Outbox;
import app.aftercare.outbox.OutboxWorker;
import app.aftercare.security.StaffPrincipal;
import app.aftercare.web.PageNumber;
import app.aftercare.web.Times;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinic's messages for its admins: what went out and what is due, with status and
 * attempts, recipients masked, the latest due first.
 */
@Controller
class MessagesController {

	private final Outbox outbox;

	private final OutboxWorker worker;

	private final ClinicService clinicService;

	private final AuditLog auditLog;

	MessagesController(Outbox outbox, OutboxWorker worker, ClinicService clinicService, AuditLog auditLog) {
		this.outbox = outbox;
		this.worker = worker;
		this.clinicService = clinicService;
		this.auditLog = auditLog;
	}

	/**
	 * Only the page number is read from the request.
	 */
	@GetMapping("/admin/messages")
	String messages(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "0") String page,
			Model model) {
		Page<Outbox.Listed> messages = this.outbox.page(me.clinicId(), PageNumber.of(page));
		ZoneId zone = this.clinicService.clinic(me.clinicId()).getTimeZone();
		this.auditLog.record(AuditAction.MESSAGE_LIST, null, null);
		model.addAttribute("messages", messages);
		model.addAttribute("rows", messages.getContent().stream().map((message) -> Row.of(message, zone)).toList());
		model.addAttribute("zone", zone);
		model.addAttribute("noMailServer", !this.worker.canSend(Channel.EMAIL));
		return "admin/messages";
	}

	/**
	 * One message as the page shows it.
	 *
	 * @param iso when it is due, in UTC, ISO-8601, for {@code <time datetime>}
	 * @param due when it is due, in the clinic's zone
	 * @param sentAt when it was sent, in the clinic's zone, or null
	 * @param statusKey the message key of its status
	 */
	record Row(String channelKey, String recipient, String kindKey, String iso, ZonedDateTime due, String status,
			String statusKey, int attempts, String lastError, ZonedDateTime sentAt) {

		static Row of(Outbox.Listed message, ZoneId zone) {
			String statusKey = message.status().messageKey();
			if (message.status() == MessageStatus.NO_SERVER && message.channel() != Channel.EMAIL) {
				statusKey = statusKey + "." + message.channel().name();
			}
			return new Row("admin.messages.channels." + message.channel().name(), message.recipient(),
					message.kind().messageKey(), Times.iso(message.dueAt(), ZoneOffset.UTC),
					message.dueAt().atZone(zone), message.status().name(), statusKey, message.attempts(),
					message.lastError(), inZone(message.sentAt(), zone));
		}

		private static ZonedDateTime inZone(Instant instant, ZoneId zone) {
			return (instant != null) ? instant.atZone(zone) : null;
		}

	}

}
