package app.aftercare.rules;

/**
 * The rules of RULES.md. A {@link Milestone} lists the rules that set or constrained it,
 * and each {@link AdviceCode} names its rule, so the UI can answer "why this time?". The
 * numbers of the current protocol live in {@link Timings}; these descriptions stay true
 * whatever the numbers.
 */
public enum RuleId {

	R1("Light activity such as walking and gentle mobility is fine right after treatment."),

	R2("No intense exercise in the first day after treatment, especially of the treated area."),

	R3("Full training waits longer after a strong dose, a large area or a sensitive area."),

	R4("Gentle stretching only after the first hours; no deep or aggressive stretching before."),

	R5("Avoid alcohol and caffeine in the first day after treatment."),

	R6("Any red-flag symptom delays light exercise and full training."),

	R7("Two different red flags, or a red flag reported a day or more after treatment, delay exercise further."),

	R8("A red flag reported days after treatment puts exercise on hold: contact your physiotherapist."),

	R9("A physiotherapist's review lifts earlier red flags from its clearance time and can extend any milestone."),

	R10("An urgent sign puts all exercise on hold: seek urgent medical care now."),

	R11("After needling near the chest, breathing difficulty or chest pain means urgent care."),

	R12("Advice for the treated area."),

	R13("Advice for every treatment.");

	private final String description;

	RuleId(String description) {
		this.description = description;
	}

	/**
	 * One English sentence saying what the rule does.
	 */
	public String description() {
		return this.description;
	}

}
