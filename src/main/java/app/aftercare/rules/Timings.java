package app.aftercare.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers of a return-to-exercise protocol, as elapsed time after the treatment. A
 * clinic-configurable protocol changes these and nothing else.
 *
 * @param lightActivity R1: light activity from
 * @param gentleStretching R4: gentle stretching from
 * @param alcoholCaffeine R5: avoid alcohol and caffeine until
 * @param lightExercise R2: light exercise from, without red flags
 * @param fullTraining R2: full training from, without load factors or red flags
 * @param loadedFullTraining R3: full training from, with a load factor
 * @param redFlag R6: light exercise and full training no earlier than this with any red
 * flag
 * @param escalatedRedFlag R7: the same with two different red flags, or a persisting one
 * @param persistingRedFlag R7: a red flag reported this late or later is persisting
 * @param contactPhysioRedFlag R8: a red flag reported this late or later puts exercise on
 * hold
 * @param safetyNetWindow R11: how long the chest safety net speaks of
 */
public record Timings(Duration lightActivity, Duration gentleStretching, Duration alcoholCaffeine,
		Duration lightExercise, Duration fullTraining, Duration loadedFullTraining, Duration redFlag,
		Duration escalatedRedFlag, Duration persistingRedFlag, Duration contactPhysioRedFlag,
		Duration safetyNetWindow) {

	/**
	 * The seed article's numbers, used by rule set 2026.1.
	 */
	public static final Timings SEED = new Timings(Duration.ZERO, Duration.ofHours(12), Duration.ofHours(24),
			Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(48),
			Duration.ofHours(72), Duration.ofHours(24), Duration.ofHours(72), Duration.ofHours(48));

	public Timings {
		requireNotNegative(lightActivity, "lightActivity");
		requireNotNegative(gentleStretching, "gentleStretching");
		requireNotNegative(alcoholCaffeine, "alcoholCaffeine");
		requireNotNegative(lightExercise, "lightExercise");
		requireNotNegative(fullTraining, "fullTraining");
		requireNotNegative(loadedFullTraining, "loadedFullTraining");
		requireNotNegative(redFlag, "redFlag");
		requireNotNegative(escalatedRedFlag, "escalatedRedFlag");
		requireNotNegative(persistingRedFlag, "persistingRedFlag");
		requireNotNegative(contactPhysioRedFlag, "contactPhysioRedFlag");
		requireNotNegative(safetyNetWindow, "safetyNetWindow");
	}

	private static void requireNotNegative(Duration duration, String name) {
		Objects.requireNonNull(duration, name + " is required");
		if (duration.isNegative()) {
			throw new IllegalArgumentException(name + " cannot be negative, was " + duration);
		}
	}

}
