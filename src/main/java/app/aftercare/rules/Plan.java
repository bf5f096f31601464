package app.aftercare.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The computed aftercare plan of one treatment. It does not depend on the current
 * instant; {@link #statusAt(Instant)} does.
 *
 * @param ruleSet version of the rule set that computed it, e.g. "2026.1"
 * @param treatedAt end of the treatment
 * @param milestones one per {@link MilestoneCode}, in that order
 * @param advice advice sentences, area advice (R12) first, then general advice (R13)
 * @param safetyNet whether the chest safety net (R11) is shown
 * @param urgent whether an urgent sign applies (R10)
 * @param contactPhysio whether a late red flag asks the patient to contact the
 * physiotherapist (R8)
 */
public record Plan(String ruleSet, Instant treatedAt, List<Milestone> milestones, List<AdviceCode> advice,
		boolean safetyNet, boolean urgent, boolean contactPhysio) {

	public Plan {
		Objects.requireNonNull(ruleSet, "ruleSet is required");
		Objects.requireNonNull(treatedAt, "treatedAt is required");
		milestones = inCodeOrder(milestones);
		advice = List.copyOf(advice);
	}

	private static List<Milestone> inCodeOrder(List<Milestone> milestones) {
		Milestone[] byCode = new Milestone[MilestoneCode.values().length];
		for (Milestone milestone : milestones) {
			int index = milestone.code().ordinal();
			if (byCode[index] != null) {
				throw new IllegalArgumentException("milestone " + milestone.code() + " appears twice");
			}
			byCode[index] = milestone;
		}
		for (int i = 0; i < byCode.length; i++) {
			if (byCode[i] == null) {
				throw new IllegalArgumentException("milestone " + MilestoneCode.values()[i] + " is missing");
			}
		}
		return List.of(byCode);
	}

	public Milestone milestone(MilestoneCode code) {
		return this.milestones.get(code.ordinal());
	}

	/**
	 * What the patient may do at the given instant.
	 */
	public Status statusAt(Instant at) {
		Objects.requireNonNull(at, "at is required");
		if (this.urgent) {
			return Status.URGENT;
		}
		if (this.contactPhysio) {
			return Status.CONTACT_PHYSIO;
		}
		if (!milestone(MilestoneCode.LIGHT_EXERCISE).reachedAt(at)) {
			return Status.REST;
		}
		if (!milestone(MilestoneCode.FULL_TRAINING).reachedAt(at)) {
			return Status.LIGHT_EXERCISE_OK;
		}
		return Status.FULL_TRAINING_OK;
	}

	/**
	 * The first milestone instant strictly after the given one, if any; a page showing
	 * the status can refresh then.
	 */
	public Optional<Instant> nextChangeAfter(Instant at) {
		Objects.requireNonNull(at, "at is required");
		Instant next = null;
		for (Milestone milestone : this.milestones) {
			Instant from = milestone.from();
			if (from != null && from.isAfter(at) && (next == null || from.isBefore(next))) {
				next = from;
			}
		}
		return Optional.ofNullable(next);
	}

}
