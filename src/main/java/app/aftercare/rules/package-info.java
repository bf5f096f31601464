/**
 * The return-to-exercise rules after dry needling (RULES.md): pure Java, no framework.
 * <p>
 * A {@link app.aftercare.rules.RuleSet} turns a {@link app.aftercare.rules.PlanInput}
 * into a {@link app.aftercare.rules.Plan}; {@link app.aftercare.rules.RuleSets} finds one
 * by the version stored with a treatment. The current instant is always a parameter, and
 * time zones are the caller's: a plan holds instants.
 * <p>
 * Where each rule lives, in {@link app.aftercare.rules.ReturnToExerciseRules} unless said
 * otherwise (the numbers are in {@link app.aftercare.rules.Timings}):
 * <ul>
 * <li>R1, R2, R4, R5: the base times at the top of {@code plan};</li>
 * <li>R3: {@code hasLoadFactor};</li>
 * <li>R6, R7, R8: {@code redFlagsNotCleared} and {@code applyRedFlags}; R8's status in
 * {@link app.aftercare.rules.Plan#statusAt};</li>
 * <li>R9: {@code clearedBy}, {@code urgentSignNotCleared}, {@code applyReview} and
 * {@code keepInOrder};</li>
 * <li>R10: {@code urgentSignNotCleared} and {@code holdForUrgentCare}; its status in
 * {@link app.aftercare.rules.Plan#statusAt};</li>
 * <li>R11: {@code safetyNet}, with {@link app.aftercare.rules.Area#chestRisk()};</li>
 * <li>R12, R13: {@code advice}, with the sentences in
 * {@link app.aftercare.rules.AdviceCode};</li>
 * <li>the soreness threshold that makes SIGNIFICANT_PAIN:
 * {@link app.aftercare.rules.ObservedSymptom#fromSoreness}.</li>
 * </ul>
 */
package app.aftercare.rules;
