package app.aftercare.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.clinic.Clinic;
import app.aftercare.clinic.ClinicService;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientService;
import app.aftercare.security.StaffPrincipal;
import app.aftercare.treatment.Alert;
import app.aftercare.treatment.PlanView;
import app.aftercare.treatment.TreatmentFile;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.treatment.TreatmentView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: open alerts (most urgent first), today's treatments, recent patients.
 */
@Controller
class DashboardController {

	private static final int RECENT_PATIENTS = 8;

	private static final int TODAY_MAX = 100;

	private final ClinicService clinicService;

	private final TreatmentService treatmentService;

	private final PatientService patientService;

	private final AuditLog auditLog;

	private final Clock clock;

	DashboardController(ClinicService clinicService, TreatmentService treatmentService, PatientService patientService,
			AuditLog auditLog, Clock clock) {
		this.auditLog = auditLog;
		this.clinicService = clinicService;
		this.treatmentService = treatmentService;
		this.patientService = patientService;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		Clinic clinic = this.clinicService.clinic(me.clinicId());
		this.auditLog.record(AuditAction.DASHBOARD, null, null);
		ZoneId zone = clinic.getTimeZone();
		Instant now = this.clock.instant();
		List<Alert> alerts = this.treatmentService.openAlerts(me.clinicId());
		List<TreatmentFile> today = this.treatmentService.treatedOn(me.clinicId(), LocalDate.ofInstant(now, zone), zone,
				TODAY_MAX);
		List<Long> patientIds = Stream
			.concat(alerts.stream().map(Alert::patientId), today.stream().map(TreatmentFile::patientId))
			.distinct()
			.toList();
		Map<Long, Patient> patients = this.patientService.byId(me.clinicId(), patientIds);
		Map<Long, String> names = names(patients);
		model.addAttribute("phones", phones(patients));
		model.addAttribute(OpenAlertCount.ATTRIBUTE, openAlertCount(me, alerts));
		List<TodayRow> todayRows = new ArrayList<>();
		for (TreatmentFile file : today) {
			todayRows.add(new TodayRow(file.treatment(), names.get(file.patientId()), file.planAt(zone, now)));
		}
		model.addAttribute("clinic", clinic);
		model.addAttribute("zone", zone);
		model.addAttribute("alerts", alerts);
		model.addAttribute("names", names);
		model.addAttribute("today", todayRows);
		model.addAttribute("recent", this.patientService.recent(me.clinicId(), RECENT_PATIENTS));
		return "dashboard/index";
	}

	/**
	 * The open alerts alone, which the dashboard fetches every few seconds so that a
	 * check-in shows without a reload. Not audited: a poll shows again what the audited
	 * page load showed, and one event per tab every 20 seconds would bury the trail.
	 */
	@GetMapping("/dashboard/alerts")
	String alerts(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		ZoneId zone = this.clinicService.clinic(me.clinicId()).getTimeZone();
		List<Alert> alerts = this.treatmentService.openAlerts(me.clinicId());
		List<Long> patientIds = alerts.stream().map(Alert::patientId).distinct().toList();
		model.addAttribute("zone", zone);
		model.addAttribute("alerts", alerts);
		Map<Long, Patient> patients = this.patientService.byId(me.clinicId(), patientIds);
		model.addAttribute("names", names(patients));
		model.addAttribute("phones", phones(patients));
		model.addAttribute(OpenAlertCount.ATTRIBUTE, openAlertCount(me, alerts));
		model.addAttribute("poll", true);
		return "dashboard/index :: alerts";
	}

	/**
	 * The list holds every open alert unless it is full, and then the count is asked for.
	 */
	private long openAlertCount(StaffPrincipal me, List<Alert> alerts) {
		return (alerts.size() < TreatmentService.MAX_ALERTS) ? alerts.size()
				: this.treatmentService.openAlertCount(me.clinicId());
	}

	private static Map<Long, String> names(Map<Long, Patient> patients) {
		Map<Long, String> names = new HashMap<>();
		patients.forEach((id, patient) -> names.put(id, patient.getFullName()));
		return names;
	}

	private static Map<Long, String> phones(Map<Long, Patient> patients) {
		Map<Long, String> phones = new HashMap<>();
		patients.forEach((id, patient) -> {
			if (patient.getPhone() != null && !patient.getPhone().isBlank()) {
				phones.put(id, patient.getPhone());
			}
		});
		return phones;
	}

	record TodayRow(TreatmentView treatment, String patientName, PlanView plan) {
	}

}
