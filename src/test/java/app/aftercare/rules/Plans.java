package app.aftercare.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Helpers for reading plans in tests: compute one with the current rule set, and show its
 * instants on a zone's clock, to the minute, with the offset.
 */
final class Plans {

	private static final DateTimeFormatter TO_THE_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

	private Plans() {
	}

	static Plan planFor(PlanInputs treatment) {
		return RuleSets.current().plan(treatment.build());
	}

	/**
	 * The instant on a zone's wall clock, e.g. "2026-05-14T10:00+01:00".
	 */
	static String onClock(Instant instant, String zone) {
		return instant.atZone(ZoneId.of(zone)).format(TO_THE_MINUTE);
	}

	/**
	 * The milestone on a zone's wall clock, or "ON HOLD".
	 */
	static String onClock(Plan plan, MilestoneCode code, String zone) {
		Milestone milestone = plan.milestone(code);
		return milestone.onHold() ? "ON HOLD" : onClock(milestone.from(), zone);
	}

	/**
	 * Elapsed time from the treatment to the milestone.
	 */
	static Duration elapsedTo(Plan plan, MilestoneCode code) {
		return Duration.between(plan.treatedAt(), plan.milestone(code).from());
	}

	static Duration hours(long hours) {
		return Duration.ofHours(hours);
	}

	static Duration hoursAndMinutes(long hours, long minutes) {
		return Duration.ofHours(hours).plusMinutes(minutes);
	}

}
