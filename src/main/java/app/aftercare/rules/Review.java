package app.aftercare.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A physiotherapist's review of a treatment (rule R9).
 *
 * @param clearedFrom red flags reported up to this instant no longer delay exercise, and
 * exercise starts no earlier than it; {@code null} when the review only extends
 * @param extendedTo milestones the physiotherapist moves later, by clinical judgement
 * @param note the physiotherapist's note, may be {@code null}
 */
public record Review(Instant clearedFrom, Map<MilestoneCode, Instant> extendedTo, String note) {

	public Review {
		EnumMap<MilestoneCode, Instant> extensions = new EnumMap<>(MilestoneCode.class);
		if (extendedTo != null) {
			extendedTo.forEach((code, to) -> {
				if (code == null || to == null) {
					throw new IllegalArgumentException("an extension needs a milestone and an instant");
				}
				extensions.put(code, to);
			});
		}
		extendedTo = Collections.unmodifiableMap(extensions);
	}

	public static Review clearing(Instant clearedFrom, String note) {
		return new Review(Objects.requireNonNull(clearedFrom, "clearedFrom is required"), Map.of(), note);
	}

	public static Review extending(MilestoneCode code, Instant to, String note) {
		return new Review(null, Map.of(code, to), note);
	}

	/**
	 * This review with one more extension.
	 */
	public Review andExtending(MilestoneCode code, Instant to) {
		EnumMap<MilestoneCode, Instant> extensions = new EnumMap<>(MilestoneCode.class);
		extensions.putAll(this.extendedTo);
		extensions.put(code, to);
		return new Review(this.clearedFrom, extensions, this.note);
	}

}
