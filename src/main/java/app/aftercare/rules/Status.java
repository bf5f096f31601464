package app.aftercare.rules;

/**
 * What the patient may do at a given instant, in order of precedence.
 */
public enum Status {

	/**
	 * An urgent sign (R10): seek urgent medical care now.
	 */
	URGENT,

	/**
	 * A red flag reported late (R8): contact the physiotherapist.
	 */
	CONTACT_PHYSIO,

	/**
	 * Before LIGHT_EXERCISE: light activity only, and gentle stretching once
	 * GENTLE_STRETCHING has passed.
	 */
	REST,

	/**
	 * Between LIGHT_EXERCISE and FULL_TRAINING.
	 */
	LIGHT_EXERCISE_OK,

	/**
	 * At or after FULL_TRAINING.
	 */
	FULL_TRAINING_OK

}
