package app.aftercare.rules;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static app.aftercare.rules.MilestoneCode.ALCOHOL_CAFFEINE;
import static app.aftercare.rules.MilestoneCode.FULL_TRAINING;
import static app.aftercare.rules.MilestoneCode.GENTLE_STRETCHING;
import static app.aftercare.rules.MilestoneCode.LIGHT_EXERCISE;
import static app.aftercare.rules.PlanInputs.aTreatment;
import static app.aftercare.rules.Plans.hours;
import static app.aftercare.rules.Plans.onClock;
import static app.aftercare.rules.Plans.planFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Milestones are elapsed time after the treatment; on a clinic's wall clock, across a
 * daylight-saving change, 24 h after 18:00 is 19:00 (clocks forward) or 17:00 (clocks
 * back).
 */
class TimeZoneTest {

	private static final String LONDON = "Europe/London";

	private static final String NEW_YORK = "America/New_York";

	private static final String SYDNEY = "Australia/Sydney";

	private static final String KOLKATA = "Asia/Kolkata";

	private static final String CHATHAM = "Pacific/Chatham";

	@Test
	void inLondonTreated18hTheDayBeforeClocksGoForwardShows19hNextDay() {
		Plan plan = planFor(aTreatment().treatedAt("2026-03-28T18:00", LONDON));

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-03-29T19:00+01:00");
	}

	@Test
	void inLondonTreated18hTheDayBeforeClocksGoBackShows17hNextDay() {
		Plan plan = planFor(aTreatment().treatedAt("2026-10-24T18:00", LONDON));

		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-10-25T17:00+00:00");
	}

	@Test
	void inLondonGentleStretchingOvernightAcrossClocksGoingForwardShowsOneHourLater() {
		Plan plan = planFor(aTreatment().treatedAt("2026-03-28T20:00", LONDON));

		assertThat(onClock(plan, GENTLE_STRETCHING, LONDON)).isEqualTo("2026-03-29T09:00+01:00");
	}

	@Test
	void inLondonA48HourMilestoneAcrossClocksGoingBackShowsOneHourEarlier() {
		Plan plan = planFor(aTreatment().onLowerBack().treatedAt("2026-10-23T18:00", LONDON));

		assertThat(onClock(plan, FULL_TRAINING, LONDON)).isEqualTo("2026-10-25T17:00+00:00");
	}

	@Test
	void inNewYorkTreated18hTheDayBeforeClocksGoForwardShows19hNextDay() {
		Plan plan = planFor(aTreatment().treatedAt("2026-03-07T18:00", NEW_YORK));

		assertThat(onClock(plan, LIGHT_EXERCISE, NEW_YORK)).isEqualTo("2026-03-08T19:00-04:00");
		assertThat(onClock(plan, ALCOHOL_CAFFEINE, NEW_YORK)).isEqualTo("2026-03-08T19:00-04:00");
	}

	@Test
	void inNewYorkTreated18hTheDayBeforeClocksGoBackShows17hNextDay() {
		Plan plan = planFor(aTreatment().treatedAt("2026-10-31T18:00", NEW_YORK));

		assertThat(onClock(plan, LIGHT_EXERCISE, NEW_YORK)).isEqualTo("2026-11-01T17:00-05:00");
	}

	@Test
	void inNewYorkARedFlag72HoursAcrossClocksGoingForwardShowsOneHourLater() {
		Plan plan = planFor(aTreatment().treatedAt("2026-03-06T10:00", NEW_YORK)
			.withSymptom(Symptom.DIZZINESS, "2026-03-06T10:05")
			.withSymptom(Symptom.NAUSEA, "2026-03-06T11:00"));

		assertThat(onClock(plan, FULL_TRAINING, NEW_YORK)).isEqualTo("2026-03-09T11:00-04:00");
	}

	@Test
	void inSydneyTreated18hTheDayBeforeClocksGoBackInAprilShows17hNextDay() {
		Plan plan = planFor(aTreatment().treatedAt("2026-04-04T18:00", SYDNEY));

		assertThat(onClock(plan, LIGHT_EXERCISE, SYDNEY)).isEqualTo("2026-04-05T17:00+10:00");
	}

	@Test
	void inSydneyTreated18hTheDayBeforeClocksGoForwardInOctoberShows19hNextDay() {
		Plan plan = planFor(aTreatment().treatedAt("2026-10-03T18:00", SYDNEY));

		assertThat(onClock(plan, LIGHT_EXERCISE, SYDNEY)).isEqualTo("2026-10-04T19:00+11:00");
	}

	@Test
	void inKolkataTheHalfHourOffsetIsKept() {
		Plan plan = planFor(aTreatment().onLowerBack().treatedAt("2026-05-12T10:00", KOLKATA));

		assertThat(plan.treatedAt()).isEqualTo(Instant.parse("2026-05-12T04:30:00Z"));
		assertThat(onClock(plan, LIGHT_EXERCISE, KOLKATA)).isEqualTo("2026-05-13T10:00+05:30");
		assertThat(onClock(plan, FULL_TRAINING, KOLKATA)).isEqualTo("2026-05-14T10:00+05:30");
	}

	@Test
	void inChathamTreated18hTheDayBeforeClocksGoBackShows17hOnTheQuarterHourOffset() {
		Plan plan = planFor(aTreatment().treatedAt("2026-04-04T18:00", CHATHAM));

		assertThat(onClock(plan.treatedAt(), CHATHAM)).isEqualTo("2026-04-04T18:00+13:45");
		assertThat(onClock(plan, LIGHT_EXERCISE, CHATHAM)).isEqualTo("2026-04-05T17:00+12:45");
	}

	@Test
	void inChathamTreated18hTheDayBeforeClocksGoForwardShows19h() {
		Plan plan = planFor(aTreatment().treatedAt("2026-09-26T18:00", CHATHAM));

		assertThat(onClock(plan, LIGHT_EXERCISE, CHATHAM)).isEqualTo("2026-09-27T19:00+13:45");
	}

	@Test
	void theSameTreatmentShowsTheSameInstantsInEveryZone() {
		Plan plan = planFor(aTreatment().treatedAt(Instant.parse("2026-03-28T18:00:00Z")));

		assertThat(plan.milestone(LIGHT_EXERCISE).from()).isEqualTo(Instant.parse("2026-03-29T18:00:00Z"));
		assertThat(onClock(plan, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-03-29T19:00+01:00");
		assertThat(onClock(plan, LIGHT_EXERCISE, KOLKATA)).isEqualTo("2026-03-29T23:30+05:30");
		assertThat(onClock(plan, LIGHT_EXERCISE, CHATHAM)).isEqualTo("2026-03-30T07:45+13:45");
	}

	@Test
	void aTreatmentInTheRepeatedHourIsTimedFromTheInstantTheCallerChose() {
		Instant firstOneThirty = Instant.parse("2026-10-25T00:30:00Z");
		Instant secondOneThirty = Instant.parse("2026-10-25T01:30:00Z");

		Plan first = planFor(aTreatment().treatedAt(firstOneThirty));
		Plan second = planFor(aTreatment().treatedAt(secondOneThirty));

		assertThat(onClock(firstOneThirty, LONDON)).isEqualTo("2026-10-25T01:30+01:00");
		assertThat(onClock(secondOneThirty, LONDON)).isEqualTo("2026-10-25T01:30+00:00");
		assertThat(onClock(first, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-10-26T00:30+00:00");
		assertThat(onClock(second, LIGHT_EXERCISE, LONDON)).isEqualTo("2026-10-26T01:30+00:00");
		assertThat(second.milestone(LIGHT_EXERCISE).from()).isEqualTo(secondOneThirty.plus(hours(24)));
	}

}
