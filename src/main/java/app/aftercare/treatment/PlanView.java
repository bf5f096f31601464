package app.aftercare.treatment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import app.aftercare.rules.AdviceCode;
import app.aftercare.rules.Milestone;
import app.aftercare.rules.Plan;
import app.aftercare.rules.RuleId;
import app.aftercare.rules.Status;
import app.aftercare.web.Times;

/**
 * A plan as the pages show it: times in the clinic's zone, the status at one instant, and
 * which milestone is the current one.
 */
public record PlanView(String ruleSet, Status status, List<MilestoneView> milestones, List<AdviceCode> advice,
		boolean safetyNet, boolean urgent, boolean contactPhysio) {

	public static PlanView of(Plan plan, ZoneId zone, Instant now) {
		List<MilestoneView> milestones = new ArrayList<>();
		Milestone current = null;
		for (Milestone milestone : plan.milestones()) {
			if (milestone.reachedAt(now) && (current == null || !milestone.from().isBefore(current.from()))) {
				current = milestone;
			}
		}
		for (Milestone milestone : plan.milestones()) {
			ZonedDateTime from = milestone.onHold() ? null : milestone.from().atZone(zone);
			String state = (milestone == current) ? "current" : milestone.reachedAt(now) ? "passed" : "upcoming";
			milestones.add(new MilestoneView(milestone.code().name(), milestone.onHold(), from,
					(from != null) ? Times.ISO_WITH_OFFSET.format(from) : null, milestone.rules(), state));
		}
		return new PlanView(plan.ruleSet(), plan.statusAt(now), List.copyOf(milestones), plan.advice(),
				plan.safetyNet(), plan.urgent(), plan.contactPhysio());
	}

	public MilestoneView milestone(String code) {
		return this.milestones.stream().filter((milestone) -> milestone.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * One milestone: {@code from} is null when on hold; {@code state} is passed, current
	 * or upcoming.
	 */
	public record MilestoneView(String code, boolean onHold, ZonedDateTime from, String datetime, List<RuleId> rules,
			String state) {
	}

}
