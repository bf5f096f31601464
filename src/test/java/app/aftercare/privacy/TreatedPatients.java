package app.aftercare.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.patient.Patient;
import app.aftercare.patient.PatientDetails;
import app.aftercare.patient.PatientService;
import app.aftercare.patientlink.PatientLinkService;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.Side;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.rules.TreatedArea;
import app.aftercare.security.Role;
import app.aftercare.support.Fixtures;
import app.aftercare.treatment.ReviewDecision;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;

import org.springframework.stereotype.Component;

/**
 * A patient with everything the clinic can hold about them: details, two treatments with
 * notes, a symptom report from the patient, a review with a note, and links (one of them
 * reissued).
 */
@Component
class TreatedPatients {

	private final StaffService staffService;

	private final PatientService patientService;

	private final TreatmentService treatmentService;

	private final PatientLinkService linkService;

	private final Clock clock;

	TreatedPatients(StaffService staffService, PatientService patientService, TreatmentService treatmentService,
			PatientLinkService linkService, Clock clock) {
		this.staffService = staffService;
		this.patientService = patientService;
		this.treatmentService = treatmentService;
		this.linkService = linkService;
		this.clock = clock;
	}

	TreatedPatient of(StaffMember admin) {
		Long clinicId = admin.getClinic().getId();
		StaffMember physio = this.staffService.add(clinicId, new StaffService.NewStaffMember("Alex Physio",
				"physio" + System.nanoTime() + "@harbour.example", Fixtures.PASSWORD, Role.PHYSIO));
		Patient patient = this.patientService.create(clinicId, new PatientDetails("José", "García",
				LocalDate.of(1980, 5, 12), "jose@example.com", "+34 600 111 222", "es", "Marathon in June"));
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Treatment lowerBack = this.treatmentService.log(clinicId, physio.getId(), patient.getId(),
				new TreatmentDetails(now.minus(26, ChronoUnit.HOURS),
						List.of(new TreatedArea(Area.LOWER_BACK, Side.LEFT)), Intensity.STRONG, false, 8, Set.of(),
						"Tight after his long run"));
		Treatment neck = this.treatmentService.log(clinicId, physio.getId(), patient.getId(),
				new TreatmentDetails(now.minus(2, ChronoUnit.HOURS), List.of(TreatedArea.of(Area.NECK)),
						Intensity.LIGHT, true, null, Set.of(Symptom.DIZZINESS), "Mentioned his divorce"));
		this.treatmentService.recordSymptoms(clinicId, lowerBack.getId(), SymptomSource.PATIENT,
				Set.of(Symptom.SIGNIFICANT_BRUISING), 6);
		this.treatmentService.review(clinicId, lowerBack.getId(), physio.getId(),
				new ReviewDecision(now, null, null, "Phoned José, bruise is fine", "See you on Friday, José."));
		this.linkService.reissue(clinicId, lowerBack.getId());
		return new TreatedPatient(physio, patient, lowerBack, neck);
	}

	record TreatedPatient(StaffMember physio, Patient patient, Treatment lowerBack, Treatment neck) {
	}

}
