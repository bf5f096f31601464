package app.aftercare.rules;

/**
 * A versioned protocol that turns a treatment into a plan. Every treatment stores the
 * version it was computed with, so a printed sheet and the live patient page agree.
 */
public interface RuleSet {

	/**
	 * The version stored with each treatment, e.g. "2026.1".
	 */
	String version();

	Plan plan(PlanInput input);

}
