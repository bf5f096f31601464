package app.aftercare.rules;

/**
 * The physiotherapist's judgement of the dose (needles, depth, twitch responses);
 * {@link #STRONG} is a load factor of rule R3.
 */
public enum Intensity {

	LIGHT, MODERATE, STRONG

}
