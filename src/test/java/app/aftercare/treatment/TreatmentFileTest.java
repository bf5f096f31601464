package app.aftercare.treatment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.Status;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static app.aftercare.rules.MilestoneCode.FULL_TRAINING;
import static app.aftercare.rules.MilestoneCode.LIGHT_EXERCISE;
import static app.aftercare.rules.Symptom.CHEST_PAIN;
import static app.aftercare.rules.Symptom.DIZZINESS;
import static app.aftercare.rules.Symptom.NAUSEA;
import static app.aftercare.treatment.TreatmentFiles.TREATED_AT;
import static app.aftercare.treatment.TreatmentFiles.aTreatment;
import static app.aftercare.treatment.TreatmentFiles.after;
import static app.aftercare.treatment.TreatmentFiles.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The follow-up of a treatment, branch by branch, without Spring or a database: the
 * instant is always passed in.
 */
class TreatmentFileTest {

	private static final Long PHYSIO = 20L;

	private static final Long RECEPTION = 21L;

	@Nested
	class RecordingSymptoms {

		@Test
		void aPatientsUrgentSignRaisesAnUrgentAlert() {
			TreatmentFile file = aTreatment().build();

			assertThat(file.recordSymptoms(SymptomSource.PATIENT, Set.of(CHEST_PAIN), null, after(hours(5))))
				.contains(AlertLevel.URGENT);
			assertThat(file.openAlerts()).singleElement()
				.satisfies((alert) -> assertThat(alert.alertLevel()).isEqualTo(AlertLevel.URGENT));
		}

		@Test
		void anUrgentSignOutranksARedFlagInTheSameReport() {
			TreatmentFile file = aTreatment().build();

			assertThat(
					file.recordSymptoms(SymptomSource.PATIENT, Set.of(CHEST_PAIN, DIZZINESS), null, after(hours(80))))
				.contains(AlertLevel.URGENT);
		}

		@Test
		void aPatientsRedFlagWithinThreeDaysRaisesARedFlagAlert() {
			TreatmentFile file = aTreatment().build();

			assertThat(file.recordSymptoms(SymptomSource.PATIENT, Set.of(NAUSEA), null, after(hours(71))))
				.contains(AlertLevel.RED_FLAG);
		}

		@Test
		void aPatientsRedFlagThreeDaysOrMoreAfterTheTreatmentAsksToContactThePhysiotherapist() {
			TreatmentFile file = aTreatment().build();

			assertThat(file.recordSymptoms(SymptomSource.PATIENT, Set.of(NAUSEA), null, after(hours(72))))
				.contains(AlertLevel.CONTACT_PHYSIO);
		}

		@Test
		void aSorenessOfSevenIsSignificantPainAndRaisesARedFlagAlert() {
			TreatmentFile file = aTreatment().build();

			assertThat(file.recordSymptoms(SymptomSource.PATIENT, Set.of(), 7, after(hours(3))))
				.contains(AlertLevel.RED_FLAG);
		}

		@Test
		void aPatientWhoFeelsFineRaisesNoAlert() {
			TreatmentFile file = aTreatment().build();

			assertThat(file.recordSymptoms(SymptomSource.PATIENT, Set.of(), 6, after(hours(3)))).isEmpty();
			assertThat(file.openAlerts()).isEmpty();
		}

		@Test
		void symptomsSeenInClinicRaiseNoAlertEvenWhenUrgent() {
			TreatmentFile file = aTreatment().build();

			assertThat(file.recordSymptoms(SymptomSource.CLINIC, Set.of(CHEST_PAIN, NAUSEA), 9, after(hours(1))))
				.isEmpty();
		}

		@Test
		void aReportMadeBeforeATreatmentLoggedAheadCountsFromTheTreatmentTime() {
			TreatmentFile file = aTreatment().build();

			file.recordSymptoms(SymptomSource.PATIENT, Set.of(DIZZINESS), null,
					TREATED_AT.minus(Duration.ofMinutes(40)));

			assertThat(file.reports()).singleElement()
				.satisfies((report) -> assertThat(report.reportedAt()).isEqualTo(TREATED_AT));
		}

		@Test
		void aReportChangesThePlanAtOnce() {
			TreatmentFile file = aTreatment().onLowerBack().build();
			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).isEqualTo(after(hours(24)));

			file.recordSymptoms(SymptomSource.PATIENT, Set.of(DIZZINESS), null, after(hours(2)));

			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).isEqualTo(after(hours(48)));
		}

		@Test
		void onlyTheNewReportIsLeftToSave() {
			TreatmentFile file = aTreatment().withPatientReport(hours(1), NAUSEA).build();

			file.recordSymptoms(SymptomSource.PATIENT, Set.of(DIZZINESS), null, after(hours(2)));

			assertThat(file.newReports()).singleElement()
				.satisfies((report) -> assertThat(report.getSymptoms()).containsExactly(DIZZINESS));
			assertThat(file.reports()).hasSize(2);
		}

		@Test
		void aPatientsCheckInsAreCountedAfterAnInstant() {
			TreatmentFile file = aTreatment().seenInClinic(DIZZINESS)
				.withPatientReport(hours(1), NAUSEA)
				.withPatientReport(hours(3))
				.withClinicReport(hours(4), NAUSEA)
				.build();

			assertThat(file.patientReportsAfter(after(hours(1)))).isEqualTo(1);
			assertThat(file.patientReportsAfter(TREATED_AT)).isEqualTo(2);
		}

	}

	@Nested
	class Reviewing {

		@Test
		void aReviewThatDecidesNothingIsRefused() {
			TreatmentFile file = aTreatment().build();

			assertRefused(() -> file.review(PHYSIO, new ReviewDecision(null, null, null, "Seen"), after(hours(5))),
					"clearedFrom", "review.nothing");
		}

		@Test
		void aReviewClearingBeforeTheTreatmentIsRefused() {
			TreatmentFile file = aTreatment().build();

			assertRefused(() -> file.review(PHYSIO, clearing(TREATED_AT.minusSeconds(60)), after(hours(5))),
					"clearedFrom", "review.clearedFrom.beforeTreatment");
		}

		@Test
		void aReviewClearingFromTheTreatmentTimeItselfIsAccepted() {
			TreatmentFile file = aTreatment().build();

			file.review(PHYSIO, clearing(TREATED_AT), after(hours(5)));

			assertThat(file.reviews()).singleElement()
				.satisfies((review) -> assertThat(review.clearedFrom()).isEqualTo(TREATED_AT));
		}

		@Test
		void aReviewExtendingToBeforeTheTreatmentIsRefused() {
			TreatmentFile file = aTreatment().build();

			assertRefused(() -> file.review(PHYSIO,
					new ReviewDecision(null, FULL_TRAINING, TREATED_AT.minusSeconds(60), "No"), after(hours(5))),
					"extendedTo", "review.extendedTo.beforeTreatment");
		}

		@Test
		void aReviewExtendingAMilestoneWithoutSayingUntilWhenIsRefused() {
			TreatmentFile file = aTreatment().build();

			assertRefused(
					() -> file.review(PHYSIO, new ReviewDecision(null, FULL_TRAINING, null, "Wait"), after(hours(5))),
					"extendedTo", "review.extendedTo.required");
			assertRefused(() -> file.review(PHYSIO, new ReviewDecision(null, null, after(hours(90)), "Wait"),
					after(hours(5))), "extendedTo", "review.extendedTo.required");
		}

		@Test
		void aRefusedReviewLeavesTheFileAsItWas() {
			TreatmentFile file = aTreatment().withAlert(AlertLevel.RED_FLAG, hours(2), NAUSEA).build();

			assertRefused(() -> file.review(PHYSIO, clearing(TREATED_AT.minusSeconds(60)), after(hours(5))),
					"clearedFrom", "review.clearedFrom.beforeTreatment");

			assertThat(file.reviews()).isEmpty();
			assertThat(file.newReviews()).isEmpty();
			assertThat(file.openAlerts()).hasSize(1);
		}

		@Test
		void aReviewClosesEveryOpenAlertAndLeavesClosedOnesAsTheyWere() {
			TreatmentFile file = aTreatment().withAlert(AlertLevel.RED_FLAG, hours(2), NAUSEA)
				.withAlert(AlertLevel.URGENT, hours(3), CHEST_PAIN)
				.build();
			file.acknowledge(100L, RECEPTION, after(hours(4)));

			file.review(PHYSIO, clearing(after(hours(6))), after(hours(6)));

			assertThat(file.openAlerts()).isEmpty();
			assertThat(file.reports()).extracting(ReportView::resolvedAt)
				.containsExactly(after(hours(4)), after(hours(6)));
			assertThat(file.newReviews()).singleElement()
				.satisfies((review) -> assertThat(review.getReviewerId()).isEqualTo(PHYSIO));
		}

		@Test
		void aReviewKeepsItsNoteWithoutSurroundingBlanks() {
			TreatmentFile file = aTreatment().build();

			file.review(PHYSIO, new ReviewDecision(after(hours(5)), null, null, "  Phoned, all fine \n"),
					after(hours(5)));

			assertThat(file.reviews()).extracting(ReviewView::note).containsExactly("Phoned, all fine");
		}

		@Test
		void aClearanceLiftsTheRedFlagsReportedBeforeIt() {
			TreatmentFile file = aTreatment().withPatientReport(hours(1), DIZZINESS).build();
			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).isEqualTo(after(hours(48)));

			file.review(PHYSIO, clearing(after(hours(30))), after(hours(30)));

			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).isEqualTo(after(hours(30)));
		}

		@Test
		void aReviewThatOnlyExtendsClearsNothing() {
			TreatmentFile file = aTreatment().seenInClinic(DIZZINESS).build();
			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).isEqualTo(after(hours(48)));

			file.review(PHYSIO, new ReviewDecision(null, FULL_TRAINING, after(hours(96)), "Wait for Friday"),
					after(hours(5)));

			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).as("the red flag seen in clinic still counts")
				.isEqualTo(after(hours(48)));
			assertThat(file.plan().milestone(FULL_TRAINING).from()).isEqualTo(after(hours(96)));
			assertThat(file.reviews()).singleElement().satisfies((review) -> {
				assertThat(review.clears()).isFalse();
				assertThat(review.cleared()).isEmpty();
			});
			assertThat(file.reports()).allSatisfy((report) -> assertThat(file.clearedByReview(report.id())).isFalse());
		}

		@Test
		void aClearingReviewNamesTheReportsItClearedAndNotTheLaterOnes() {
			TreatmentFile file = aTreatment().withPatientReport(hours(1), DIZZINESS)
				.withPatientReport(hours(2), NAUSEA)
				.withPatientReport(hours(40), DIZZINESS)
				.build();
			List<Long> reportIds = file.reports().stream().map(ReportView::id).toList();

			file.review(PHYSIO, clearing(after(hours(30))), after(hours(30)));

			assertThat(file.reviews()).singleElement()
				.satisfies((review) -> assertThat(review.cleared()).extracting(ReportView::id)
					.containsExactly(reportIds.get(0), reportIds.get(1)));
			assertThat(file.clearedByReview(reportIds.get(0))).isTrue();
			assertThat(file.clearedByReview(reportIds.get(2))).isFalse();
		}

		@Test
		void aReviewKeepsItsNoteForThePatientAndDropsABlankOne() {
			TreatmentFile file = aTreatment().build();

			file.review(PHYSIO, new ReviewDecision(after(hours(5)), null, null, "Phoned", "  See you on Thursday. "),
					after(hours(5)));
			file.review(PHYSIO, new ReviewDecision(after(hours(6)), null, null, "Phoned", "  "), after(hours(6)));

			assertThat(file.reviews()).extracting(ReviewView::patientNote)
				.containsExactly("See you on Thursday.", null);
		}

		private ReviewDecision clearing(Instant from) {
			return new ReviewDecision(from, null, null, "Seen in clinic");
		}

	}

	@Nested
	class CombiningReviews {

		@Test
		void noReviewIsNoReviewForTheRules() {
			assertThat(TreatmentFile.combined(List.of())).isNull();
		}

		@Test
		void theLatestClearanceCountsEvenWhenALaterReviewClearsFromEarlier() {
			TreatmentFile file = aTreatment().reviewed(hours(40), hours(40), null, null, "Cleared at 40")
				.reviewed(hours(41), hours(30), null, null, "Cleared at 30")
				.build();

			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).isEqualTo(after(hours(40)));
		}

		@Test
		void aReviewThatOnlyExtendsKeepsTheEarlierClearance() {
			TreatmentFile file = aTreatment().withPatientReport(hours(1), DIZZINESS)
				.reviewed(hours(30), hours(30), null, null, "Cleared")
				.reviewed(hours(31), null, FULL_TRAINING, hours(96), "Not the match yet")
				.build();

			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).isEqualTo(after(hours(30)));
			assertThat(file.plan().milestone(FULL_TRAINING).from()).isEqualTo(after(hours(96)));
		}

		@Test
		void eachMilestoneIsExtendedToItsLatestExtension() {
			TreatmentFile file = aTreatment().reviewed(hours(2), null, FULL_TRAINING, hours(100), "Long")
				.reviewed(hours(3), null, FULL_TRAINING, hours(80), "Shorter")
				.reviewed(hours(4), null, LIGHT_EXERCISE, hours(50), "Light later")
				.build();

			assertThat(file.plan().milestone(FULL_TRAINING).from()).isEqualTo(after(hours(100)));
			assertThat(file.plan().milestone(LIGHT_EXERCISE).from()).isEqualTo(after(hours(50)));
		}

		@Test
		void theLastReviewsNoteIsTheNote() {
			Treatment treatment = aTreatment().treatment();

			assertThat(TreatmentFile.combined(List.of(
					new TreatmentReview(treatment, PHYSIO, after(hours(2)), after(hours(2)), null, null, "First", null),
					new TreatmentReview(treatment, PHYSIO, after(hours(3)), null, FULL_TRAINING, after(hours(80)),
							"Second", null)))
				.note()).isEqualTo("Second");
		}

	}

	@Nested
	class Acknowledging {

		@Test
		void acknowledgingClosesTheAlertSayingWhoAndWhen() {
			TreatmentFile file = aTreatment().withAlert(AlertLevel.RED_FLAG, hours(2), NAUSEA).build();

			assertThat(file.acknowledge(100L, RECEPTION, after(hours(3)))).isTrue();

			assertThat(file.openAlerts()).isEmpty();
			assertThat(file.reports()).extracting(ReportView::resolvedAt).containsExactly(after(hours(3)));
		}

		@Test
		void acknowledgingTwiceKeepsTheFirstAcknowledgement() {
			TreatmentFile file = aTreatment().withAlert(AlertLevel.RED_FLAG, hours(2), NAUSEA).build();
			file.acknowledge(100L, RECEPTION, after(hours(3)));

			assertThat(file.acknowledge(100L, PHYSIO, after(hours(4)))).isTrue();

			assertThat(file.reports()).extracting(ReportView::resolvedAt).containsExactly(after(hours(3)));
		}

		@Test
		void acknowledgingAReportWithoutAlertChangesNothing() {
			TreatmentFile file = aTreatment().withPatientReport(hours(2)).build();

			assertThat(file.acknowledge(100L, RECEPTION, after(hours(3)))).isTrue();

			assertThat(file.reports()).extracting(ReportView::resolvedAt).containsOnlyNulls();
		}

		@Test
		void aReportOfAnotherTreatmentIsNotFound() {
			TreatmentFile file = aTreatment().withAlert(AlertLevel.RED_FLAG, hours(2), NAUSEA).build();

			assertThat(file.acknowledge(999L, RECEPTION, after(hours(3)))).isFalse();
			assertThat(file.openAlerts()).hasSize(1);
		}

	}

	@Nested
	class Rescheduling {

		private final TreatmentFiles lowerBack = aTreatment().onLowerBack();

		@Test
		void symptomsSeenInClinicAtTheTreatmentMoveWithIt() {
			TreatmentFile file = this.lowerBack.seenInClinic(DIZZINESS).build();

			file.change(0, this.lowerBack.details(after(hours(-2))), after(hours(1)));

			assertThat(file.reports()).extracting(ReportView::reportedAt).containsExactly(after(hours(-2)));
			assertThat(file.treatment().treatedAt()).isEqualTo(after(hours(-2)));
			assertThat(file.plan().treatedAt()).isEqualTo(after(hours(-2)));
		}

		@Test
		void aNewTimeAfterAPatientsReportIsRefused() {
			TreatmentFile file = this.lowerBack.seenInClinic(DIZZINESS).withPatientReport(hours(1), NAUSEA).build();

			assertRefused(() -> file.change(0, this.lowerBack.details(after(Duration.ofMinutes(90))), after(hours(2))),
					"treatedAt", "treatment.treatedAt.afterReports");

			assertThat(file.reports()).extracting(ReportView::reportedAt).containsExactly(TREATED_AT, after(hours(1)));
			assertThat(file.treatment().treatedAt()).isEqualTo(TREATED_AT);
		}

		@Test
		void aNewTimeAfterSymptomsTheClinicRecordedLaterIsRefused() {
			TreatmentFile file = this.lowerBack.withClinicReport(hours(1), DIZZINESS).build();

			assertRefused(() -> file.change(0, this.lowerBack.details(after(hours(2))), after(hours(2))), "treatedAt",
					"treatment.treatedAt.afterReports");
		}

		@Test
		void aNewTimeMoreThanAnHourAheadIsRefused() {
			TreatmentFile file = this.lowerBack.build();
			Instant now = after(hours(1));

			assertRefused(() -> file.change(0, this.lowerBack.details(now.plus(hours(1)).plusSeconds(60)), now),
					"treatedAt", "treatment.treatedAt.future");
		}

		@Test
		void aNewTimeMoreThanThirtyDaysBackIsRefused() {
			TreatmentFile file = this.lowerBack.build();
			Instant now = after(hours(1));

			assertRefused(
					() -> file.change(0, this.lowerBack.details(now.minus(Duration.ofDays(30)).minusSeconds(60)), now),
					"treatedAt", "treatment.treatedAt.tooOld");
		}

		@Test
		void anUnchangedTimeIsNotCheckedAgainAsTheTreatmentAges() {
			TreatmentFile file = this.lowerBack.build();

			file.change(0, this.lowerBack.light().details(), TREATED_AT.plus(Duration.ofDays(40)));

			assertThat(file.treatment().intensity()).isEqualTo(app.aftercare.rules.Intensity.LIGHT);
		}

		@Test
		void aChangeFromAStaleFormIsAConflict() {
			TreatmentFile file = this.lowerBack.build();

			assertThatThrownBy(() -> file.change(1, this.lowerBack.details(), after(hours(1))))
				.isInstanceOf(TreatmentConflictException.class);
		}

	}

	@Nested
	class Logging {

		@Test
		void symptomsSeenInClinicAreReportedAtTheTreatmentTimeAndRaiseNoAlert() {
			TreatmentFile file = TreatmentFile.logged(aTreatment().treatment(), Set.of(CHEST_PAIN));

			assertThat(file.newReports()).singleElement().satisfies((report) -> {
				assertThat(report.getReportedAt()).isEqualTo(TREATED_AT);
				assertThat(report.getSource()).isEqualTo(SymptomSource.CLINIC);
			});
			assertThat(file.openAlerts()).isEmpty();
		}

		@Test
		void aTreatmentWithoutSymptomsHasNoReport() {
			assertThat(TreatmentFile.logged(aTreatment().treatment(), Set.of()).newReports()).isEmpty();
		}

		@Test
		void aTreatmentMoreThanAnHourAheadIsRefused() {
			TreatmentFiles builder = aTreatment();

			assertRefused(() -> new Treatment(1L, 3L, PHYSIO, builder.details(), "2026.1",
					TREATED_AT.minus(hours(1)).minusSeconds(60)), "treatedAt", "treatment.treatedAt.future");
		}

	}

	@Nested
	class ThePlanAtAnInstant {

		@Test
		void showsTheStatusAndTheCurrentMilestoneAtThatInstant() {
			TreatmentFile file = aTreatment().onLowerBack().build();

			PlanView atNoon = file.planAt(ZoneId.of("Europe/Madrid"), after(hours(3)));
			PlanView twoDaysOn = file.planAt(ZoneId.of("Europe/Madrid"), after(hours(49)));

			assertThat(atNoon.status()).isEqualTo(Status.REST);
			assertThat(twoDaysOn.status()).isEqualTo(file.statusAt(after(hours(49))));
			assertThat(twoDaysOn.milestone(MilestoneCode.FULL_TRAINING.name()).state()).isEqualTo("current");
		}

		@Test
		void anUrgentSignPutsThePlanOnUrgent() {
			TreatmentFile file = aTreatment().build();

			file.recordSymptoms(SymptomSource.PATIENT, Set.of(Symptom.FAINTING), null, after(hours(2)));

			assertThat(file.statusAt(after(hours(3)))).isEqualTo(Status.URGENT);
		}

	}

	private static void assertRefused(ThrowingCallable change, String field, String messageKey) {
		assertThatThrownBy(change).isInstanceOfSatisfying(InvalidTreatmentException.class, (ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(messageKey);
		});
	}

}
