package app.aftercare.treatment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import app.aftercare.rules.AdviceCode;
import app.aftercare.rules.Area;
import app.aftercare.rules.Milestone;
import app.aftercare.rules.Plan;
import app.aftercare.rules.RuleId;
import app.aftercare.rules.Status;
import app.aftercare.rules.TreatedArea;
import app.aftercare.web.Times;

/**
 * A plan as the pages show it: times in the clinic's zone, the status at one instant,
 * which milestone is the current one, and the treated areas the chest safety net (R11)
 * speaks of.
 *
 * @param chestRiskAreas the treated chest-risk areas, in catalogue order; empty when the
 * safety net does not apply
 */
public record PlanView(String ruleSet, Status status, List<MilestoneView> milestones, List<AdviceCode> advice,
		boolean safetyNet, boolean urgent, boolean contactPhysio, List<Area> chestRiskAreas) {

	/** Areas whose needling is near the top of the lungs rather than the chest wall. */
	private static final Set<Area> NEAR_TOP_OF_LUNGS = EnumSet.of(Area.NECK, Area.UPPER_TRAPEZIUS, Area.SHOULDER);

	public static PlanView of(Plan plan, List<TreatedArea> areas, ZoneId zone, Instant now) {
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
		EnumSet<Area> chestRisk = EnumSet.noneOf(Area.class);
		if (plan.safetyNet()) {
			areas.stream().map(TreatedArea::area).filter(Area::chestRisk).forEach(chestRisk::add);
		}
		return new PlanView(plan.ruleSet(), plan.statusAt(now), List.copyOf(milestones), plan.advice(),
				plan.safetyNet(), plan.urgent(), plan.contactPhysio(), List.copyOf(chestRisk));
	}

	public MilestoneView milestone(String code) {
		return this.milestones.stream().filter((milestone) -> milestone.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * The milestones as the timeline lists them: two "from" milestones next to each other
	 * at the same minute share one row, so that the page says the time once ("From Tue
	 * 21:42: light exercise and full training"). Alcohol and caffeine is an "until" and
	 * never shares.
	 */
	public List<MilestoneRow> rows() {
		List<MilestoneRow> rows = new ArrayList<>();
		MilestoneView previous = null;
		for (MilestoneView milestone : this.milestones) {
			if (previous != null && sameFrom(previous, milestone)) {
				rows.set(rows.size() - 1, new MilestoneRow(previous, milestone));
				previous = null;
				continue;
			}
			rows.add(new MilestoneRow(milestone, null));
			previous = milestone;
		}
		return List.copyOf(rows);
	}

	private static boolean sameFrom(MilestoneView a, MilestoneView b) {
		return !a.onHold() && !b.onHold() && !a.until() && !b.until()
				&& a.from().toInstant().equals(b.from().toInstant());
	}

	/**
	 * The message keys of the treated chest-risk areas as the safety net names them.
	 */
	public List<String> chestRiskAreaKeys() {
		return this.chestRiskAreas.stream().map((area) -> "safetyNet.area." + area.name()).toList();
	}

	/**
	 * Whether every treated chest-risk area is near the top of the lungs (neck, top of
	 * the shoulder) rather than over the chest wall or the shoulder blade.
	 */
	public boolean nearTopOfLungs() {
		return !this.chestRiskAreas.isEmpty() && NEAR_TOP_OF_LUNGS.containsAll(this.chestRiskAreas);
	}

	/**
	 * One milestone: {@code from} is null when on hold; {@code state} is passed, current
	 * or upcoming.
	 */
	public record MilestoneView(String code, boolean onHold, ZonedDateTime from, String datetime, List<RuleId> rules,
			String state) {

		/**
		 * Whether the time is an "until" (avoid before it) rather than a "from".
		 */
		public boolean until() {
			return "ALCOHOL_CAFFEINE".equals(this.code);
		}

	}

	/**
	 * A row of the timeline: one milestone, or two that start at the same minute.
	 *
	 * @param also the second milestone sharing the row, or null
	 */
	public record MilestoneRow(MilestoneView milestone, MilestoneView also) {

		public boolean shared() {
			return this.also != null;
		}

		public String state() {
			return (shared() && "current".equals(this.also.state())) ? "current" : this.milestone.state();
		}

		/**
		 * The rules behind the row, each once.
		 */
		public List<RuleId> rules() {
			EnumSet<RuleId> rules = EnumSet.noneOf(RuleId.class);
			rules.addAll(this.milestone.rules());
			if (shared()) {
				rules.addAll(this.also.rules());
			}
			return List.copyOf(rules);
		}

	}

}
