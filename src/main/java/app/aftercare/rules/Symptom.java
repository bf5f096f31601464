package app.aftercare.rules;

/**
 * Symptoms a clinic observes or a patient reports: the seed's red flags, and the urgent
 * signs from the safety literature.
 */
public enum Symptom {

	SIGNIFICANT_PAIN(SymptomKind.RED_FLAG),

	SIGNIFICANT_BRUISING(SymptomKind.RED_FLAG),

	DIZZINESS(SymptomKind.RED_FLAG),

	NAUSEA(SymptomKind.RED_FLAG),

	PERSISTENT_FATIGUE(SymptomKind.RED_FLAG),

	PERSISTENT_DISCOMFORT(SymptomKind.RED_FLAG),

	/**
	 * Shortness of breath, or pain on breathing in.
	 */
	BREATHING_DIFFICULTY(SymptomKind.URGENT_SIGN),

	CHEST_PAIN(SymptomKind.URGENT_SIGN),

	/**
	 * Spreading redness, heat, swelling, pus or fever.
	 */
	INFECTION_SIGNS(SymptomKind.URGENT_SIGN),

	NEW_WEAKNESS_OR_NUMBNESS(SymptomKind.URGENT_SIGN),

	FAINTING(SymptomKind.URGENT_SIGN);

	private final SymptomKind kind;

	Symptom(SymptomKind kind) {
		this.kind = kind;
	}

	public SymptomKind kind() {
		return this.kind;
	}

	public boolean redFlag() {
		return this.kind == SymptomKind.RED_FLAG;
	}

	public boolean urgentSign() {
		return this.kind == SymptomKind.URGENT_SIGN;
	}

}
