package app.aftercare.rules;

/**
 * The moments of a plan, in the order a patient meets them.
 */
public enum MilestoneCode {

	/**
	 * Walking, gentle mobility.
	 */
	LIGHT_ACTIVITY,

	/**
	 * Gentle stretching; no deep or aggressive stretching before it.
	 */
	GENTLE_STRETCHING,

	/**
	 * Avoid alcohol and caffeine until then.
	 */
	ALCOHOL_CAFFEINE,

	/**
	 * Yoga, light cardio, bodyweight exercise.
	 */
	LIGHT_EXERCISE,

	/**
	 * Intense exercise, the regular workout, training the treated area hard.
	 */
	FULL_TRAINING

}
