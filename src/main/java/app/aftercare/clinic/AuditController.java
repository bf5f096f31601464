package app.aftercare.clinic;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditEvent;
import app.aftercare.audit.AuditLog;
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
 * The clinic's audit trail for its admins, newest first, a fixed number of events a page.
 * Read-only: there is no way to change or delete an event.
 */
@Controller
class AuditController {

	private final AuditLog auditLog;

	private final ClinicService clinicService;

	AuditController(AuditLog auditLog, ClinicService clinicService) {
		this.auditLog = auditLog;
		this.clinicService = clinicService;
	}

	/**
	 * Only the page number is read from the request; {@code size} and {@code sort} are
	 * ignored.
	 */
	@GetMapping("/admin/audit")
	String audit(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "0") String page,
			Model model) {
		Page<AuditEvent> events = this.auditLog.page(me.clinicId(), PageNumber.of(page));
		ZoneId zone = this.clinicService.clinic(me.clinicId()).getTimeZone();
		Map<Long, String> names = this.clinicService.staffNames(me.clinicId());
		List<AuditRow> rows = events.getContent().stream().map((event) -> AuditRow.of(event, names, zone)).toList();
		model.addAttribute("events", events);
		model.addAttribute("rows", rows);
		model.addAttribute("zone", zone);
		return "admin/audit";
	}

	/**
	 * One event as the page shows it.
	 *
	 * @param iso the time in UTC, ISO-8601, for {@code <time datetime>}
	 * @param utc the time in UTC
	 * @param clinicTime the time in the clinic's zone
	 * @param who the staff member's name, else what was recorded as the actor (such as
	 * the email of a failed login)
	 * @param action the stored action
	 * @param actionKey the message key of its label, or null for an action no longer
	 * known
	 * @param detail what a denied request asked for
	 */
	record AuditRow(String iso, ZonedDateTime utc, ZonedDateTime clinicTime, String who, String action,
			String actionKey, String recordType, Long recordId, String detail, String address) {

		static AuditRow of(AuditEvent event, Map<Long, String> names, ZoneId zone) {
			String who = (event.getActorId() != null && names.containsKey(event.getActorId()))
					? names.get(event.getActorId()) : event.getActor();
			return new AuditRow(Times.iso(event.getOccurredAt(), ZoneOffset.UTC),
					event.getOccurredAt().atZone(ZoneOffset.UTC), event.getOccurredAt().atZone(zone), who,
					event.getAction(), AuditAction.of(event.getAction()).map(AuditAction::messageKey).orElse(null),
					event.getRecordType(), event.getRecordId(), event.getDetail(), event.getRemoteAddress());
		}

	}

}
