package app.aftercare.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the clinic holds about one patient, as the JSON export writes it. Times are
 * UTC instants. Patient links appear with their history only: never their token or what
 * the token is made from.
 */
public record PatientExport(String format, Instant exportedAt, String clinic, PatientData patient,
		List<TreatmentData> treatments) {

	static final String FORMAT = "aftercare-patient-export/1";

	public record PatientData(Long id, String firstName, String lastName, LocalDate dateOfBirth, String email,
			String phone, String preferredLanguage, String notes, Instant createdAt, Instant updatedAt,
			Instant erasedAt) {
	}

	public record TreatmentData(Long id, Instant treatedAt, String physiotherapist, List<AreaData> areas,
			String intensity, boolean sensitiveArea, Integer needleCount, String notes, String ruleSet, PlanData plan,
			List<SymptomReportData> symptomReports, List<ReviewData> reviews, List<LinkData> links, Instant createdAt,
			Instant updatedAt) {
	}

	public record AreaData(String area, String side) {
	}

	/**
	 * The plan as the rules compute it today from the treatment, its reports and reviews.
	 */
	public record PlanData(String status, List<MilestoneData> milestones, List<String> advice, boolean safetyNet) {
	}

	public record MilestoneData(String code, Instant from, boolean onHold, List<String> rules) {
	}

	public record SymptomReportData(Instant reportedAt, String source, List<String> symptoms, Integer soreness,
			String alertLevel, Instant resolvedAt) {
	}

	public record ReviewData(Instant reviewedAt, String reviewer, Instant clearedFrom, String extendedMilestone,
			Instant extendedTo, String note, String patientNote) {
	}

	public record LinkData(Instant createdAt, Instant revokedAt, Instant lastOpenedAt, int openCount) {
	}

}
