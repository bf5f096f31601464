package app.aftercare.rules;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * One moment of a plan.
 *
 * @param code which milestone
 * @param from the instant it starts; {@code null} exactly when on hold
 * @param onHold no date until a physiotherapist's review (R8) or urgent care (R10)
 * @param rules every rule that set or constrained it, by rule number
 */
public record Milestone(MilestoneCode code, Instant from, boolean onHold, List<RuleId> rules) {

	public Milestone {
		Objects.requireNonNull(code, "code is required");
		if (onHold != (from == null)) {
			throw new IllegalArgumentException(code + ": from must be null exactly when on hold");
		}
		EnumSet<RuleId> sorted = EnumSet.noneOf(RuleId.class);
		sorted.addAll(rules);
		rules = List.copyOf(sorted);
	}

	public static Milestone at(MilestoneCode code, Instant from, List<RuleId> rules) {
		return new Milestone(code, Objects.requireNonNull(from, "from is required"), false, rules);
	}

	public static Milestone held(MilestoneCode code, List<RuleId> rules) {
		return new Milestone(code, null, true, rules);
	}

	/**
	 * Whether the milestone has started at the given instant; never when on hold.
	 */
	public boolean reachedAt(Instant at) {
		return !this.onHold && !at.isBefore(this.from);
	}

}
