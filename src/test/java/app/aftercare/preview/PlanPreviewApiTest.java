package app.aftercare.preview;

import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static app.aftercare.preview.PreviewRequests.aPreview;
import static app.aftercare.preview.PreviewRequests.postPreview;
import static app.aftercare.preview.PreviewRequests.theSpecExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan preview API over HTTP: the worked examples of RULES.md to the minute, with the
 * offset of the requested zone. Milestones come in the order LIGHT_ACTIVITY,
 * GENTLE_STRETCHING, ALCOHOL_CAFFEINE, LIGHT_EXERCISE, FULL_TRAINING.
 */
@IntegrationTest
class PlanPreviewApiTest {

	private static final String LIGHT_EXERCISE = "$.milestones[3]";

	private static final String FULL_TRAINING = "$.milestones[4]";

	@Autowired
	MockMvc mvc;

	@Test
	void theSpecExampleWaits48HoursForFullTrainingAndRestsTheNextDay() throws Exception {
		preview(theSpecExample().json()).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.ruleSet").value("2026.1"))
			.andExpect(jsonPath("$.status").value("REST"))
			.andExpect(jsonPath("$.milestones[*].code").value(contains("LIGHT_ACTIVITY", "GENTLE_STRETCHING",
					"ALCOHOL_CAFFEINE", "LIGHT_EXERCISE", "FULL_TRAINING")))
			.andExpect(jsonPath("$.milestones[0].from").value("2026-05-12T10:00:00+01:00"))
			.andExpect(jsonPath("$.milestones[1].from").value("2026-05-12T22:00:00+01:00"))
			.andExpect(jsonPath("$.milestones[2].from").value("2026-05-13T10:00:00+01:00"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-14T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-14T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".onHold").value(false))
			.andExpect(jsonPath(FULL_TRAINING + ".rules").value(contains("R2", "R3", "R6")))
			.andExpect(jsonPath("$.advice[0].rule").value("R12"))
			.andExpect(jsonPath("$.advice[0].text").value("Stretch gently before your full workouts."))
			.andExpect(jsonPath("$.advice[*].rule").value(contains("R12", "R13", "R13", "R13", "R13")))
			.andExpect(jsonPath("$.safetyNet").value(false));
	}

	@Test
	void example1ForearmAndHandModerateWithoutSymptomsAllowsEverythingAfter24Hours() throws Exception {
		preview(aPreview().treatedAt("2026-05-12T10:00:00+01:00")
			.in("Europe/London")
			.area("FOREARM_HAND")
			.intensity("MODERATE")
			.json()).andExpect(status().isOk())
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-13T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-13T10:00:00+01:00"));
	}

	@Test
	void example2LowerBackModerateWaits48HoursForFullTrainingBecauseTheAreaIsLarge() throws Exception {
		preview(aPreview().treatedAt("2026-05-12T10:00:00+01:00")
			.in("Europe/London")
			.area("LOWER_BACK")
			.intensity("MODERATE")
			.json()).andExpect(status().isOk())
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-13T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-14T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".rules").value(contains("R2", "R3")));
	}

	@Test
	void example3NeckLightWithDizzinessInClinicWaits48Hours() throws Exception {
		preview(aPreview().treatedAt("2026-05-12T10:00:00+01:00")
			.in("Europe/London")
			.area("NECK")
			.intensity("LIGHT")
			.symptom("DIZZINESS", "2026-05-12T10:05:00+01:00", "CLINIC")
			.json()).andExpect(status().isOk())
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-14T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-14T10:00:00+01:00"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".rules").value(contains("R2", "R6")));
	}

	@Test
	void example4NeckLightWithDizzinessAndNauseaWaits72Hours() throws Exception {
		preview(aPreview().treatedAt("2026-05-12T10:00:00+01:00")
			.in("Europe/London")
			.area("NECK")
			.intensity("LIGHT")
			.symptom("DIZZINESS", "2026-05-12T09:05:00+00:00")
			.symptom("NAUSEA", "2026-05-12T09:05:00+00:00")
			.json()).andExpect(status().isOk())
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-15T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-15T10:00:00+01:00"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".rules").value(contains("R2", "R6", "R7")));
	}

	@Test
	void example5CalfStrongWithBruisingReportedByThePatientTheNextDayWaits72Hours() throws Exception {
		preview(aPreview().treatedAt("2026-05-12T10:00:00+01:00")
			.in("Europe/London")
			.area("CALF")
			.intensity("STRONG")
			.symptom("SIGNIFICANT_BRUISING", "2026-05-13T12:00:00+01:00", "PATIENT")
			.json()).andExpect(status().isOk())
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-15T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-15T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".rules").value(contains("R2", "R3", "R6", "R7")));
	}

	@Test
	void example6NeckLightTheEveningBeforeTheClocksGoForwardTrainsAgainAt19BritishSummerTime() throws Exception {
		preview(aPreview().treatedAt("2026-03-28T18:00:00+00:00")
			.in("Europe/London")
			.area("NECK")
			.intensity("LIGHT")
			.json()).andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones[0].from").value("2026-03-28T18:00:00+00:00"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-03-29T19:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-03-29T19:00:00+01:00"));
	}

	@Test
	void example7ShoulderBladeWithBreathingDifficultyPutsExerciseOnHoldAndIsUrgent() throws Exception {
		preview(aPreview().treatedAt("2026-05-12T10:00:00+01:00")
			.in("Europe/London")
			.area("SHOULDER_BLADE")
			.intensity("MODERATE")
			.symptom("BREATHING_DIFFICULTY", "2026-05-12T14:00:00+01:00", "PATIENT")
			.at("2026-05-12T14:30:00+01:00")
			.json()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("URGENT"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".onHold").value(true))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value(nullValue()))
			.andExpect(jsonPath(FULL_TRAINING + ".onHold").value(true))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value(nullValue()))
			.andExpect(jsonPath(FULL_TRAINING + ".rules").value(contains("R2", "R3", "R10")))
			.andExpect(jsonPath("$.safetyNet").value(true));
	}

	@Test
	void theSameInstantInNewYorkIsShownWithTheOffsetMinusFourHours() throws Exception {
		preview(theSpecExample().in("America/New_York").json()).andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones[0].from").value("2026-05-12T05:00:00-04:00"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-14T05:00:00-04:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-14T05:00:00-04:00"));
	}

	@Test
	void aZeroOffsetIsWrittenAsPlusZeroHours() throws Exception {
		preview(theSpecExample().in("UTC").json()).andExpect(status().isOk())
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-14T09:00:00+00:00"));
	}

	@Test
	void theStatusFollowsTheRequestedInstant() throws Exception {
		preview(theSpecExample().at("2026-05-14T08:59:59+00:00").json()).andExpect(jsonPath("$.status").value("REST"));
		preview(theSpecExample().at("2026-05-14T09:00:00+00:00").json())
			.andExpect(jsonPath("$.status").value("FULL_TRAINING_OK"));
		preview(aPreview().treatedAt("2026-05-12T09:00:00+00:00")
			.in("Europe/London")
			.area("LOWER_BACK")
			.intensity("MODERATE")
			.at("2026-05-13T12:00:00+01:00")
			.json()).andExpect(jsonPath("$.status").value("LIGHT_EXERCISE_OK"));
	}

	@Test
	void withoutAtTheStatusIsForNow() throws Exception {
		preview(aPreview().treatedAt("2020-01-01T09:00:00+00:00")
			.in("Europe/London")
			.area("NECK")
			.intensity("LIGHT")
			.json()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FULL_TRAINING_OK"));
		preview(aPreview().treatedAt("2999-01-01T09:00:00+00:00")
			.in("Europe/London")
			.area("NECK")
			.intensity("LIGHT")
			.json()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REST"));
	}

	@Test
	void aLateRedFlagAsksToContactThePhysiotherapistUntilAReviewClearsIt() throws Exception {
		PreviewRequests.Body lateRedFlag = aPreview().treatedAt("2026-05-12T09:00:00+00:00")
			.in("Europe/London")
			.area("FOREARM_HAND")
			.intensity("MODERATE")
			.symptom("PERSISTENT_DISCOMFORT", "2026-05-15T12:00:00+00:00", "PATIENT")
			.at("2026-05-15T13:00:00+00:00");
		preview(lateRedFlag.json()).andExpect(jsonPath("$.status").value("CONTACT_PHYSIO"))
			.andExpect(jsonPath(FULL_TRAINING + ".onHold").value(true))
			.andExpect(jsonPath(FULL_TRAINING + ".rules").value(contains("R2", "R6", "R7", "R8")));

		preview(lateRedFlag.with("review", java.util.Map.of("clearedFrom", "2026-05-16T09:00:00+00:00", "note", "seen"))
			.json()).andExpect(jsonPath("$.status").value("REST"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-16T10:00:00+01:00"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".rules").value(contains("R2", "R9")));
	}

	@Test
	void aReviewCanExtendAMilestone() throws Exception {
		preview(theSpecExample()
			.with("review",
					java.util.Map.of("extendedTo", java.util.Map.of("FULL_TRAINING", "2026-05-20T09:00:00+00:00")))
			.json()).andExpect(status().isOk())
			.andExpect(jsonPath(FULL_TRAINING + ".from").value("2026-05-20T10:00:00+01:00"))
			.andExpect(jsonPath(FULL_TRAINING + ".rules").value(contains("R2", "R3", "R6", "R9")));
	}

	@Test
	void aSorenessOfSevenCountsAsSignificantPainButSixDoesNot() throws Exception {
		PreviewRequests.Body forearm = aPreview().treatedAt("2026-05-12T09:00:00+00:00")
			.in("Europe/London")
			.area("FOREARM_HAND")
			.intensity("MODERATE");
		preview(forearm.soreness(6, "2026-05-12T12:00:00+00:00").json())
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-13T10:00:00+01:00"));
		preview(forearm.soreness(7, "2026-05-12T12:00:00+00:00").json())
			.andExpect(jsonPath(LIGHT_EXERCISE + ".from").value("2026-05-14T10:00:00+01:00"))
			.andExpect(jsonPath(LIGHT_EXERCISE + ".rules").value(contains("R2", "R6")));
	}

	@Test
	void aChestRiskAreaBringsTheSafetyNetAndItsAreaAdvice() throws Exception {
		preview(aPreview().treatedAt("2026-05-12T09:00:00+00:00")
			.in("Europe/London")
			.area("UPPER_TRAPEZIUS", "BOTH")
			.area("NECK")
			.intensity("LIGHT")
			.with("sensitiveArea", true)
			.json()).andExpect(jsonPath("$.safetyNet").value(true))
			.andExpect(jsonPath("$.advice", hasSize(5)))
			.andExpect(
					jsonPath("$.advice[0].text").value("Do mild trigger point release exercises for the treated area."))
			.andExpect(jsonPath(FULL_TRAINING + ".rules").value(contains("R2", "R3")));
	}

	@Test
	void noLoginAndNoCsrfTokenAreNeeded() throws Exception {
		MvcResult result = preview(theSpecExample().json()).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isNull();
	}

	@Test
	void aPreviewStoresNothingAndStartsNoSession() throws Exception {
		SqlStatements.reset();

		MvcResult result = preview(theSpecExample().json()).andExpect(status().isOk()).andReturn();

		assertThat(SqlStatements.count()).isZero();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getCookies()).isEmpty();
	}

	@Test
	void aClientAskingForHtmlStillGetsJson() throws Exception {
		this.mvc.perform(postPreview(theSpecExample().json()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON));
		this.mvc.perform(postPreview("{}").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON));
	}

	private ResultActions preview(String json) throws Exception {
		return this.mvc.perform(postPreview(json));
	}

}
