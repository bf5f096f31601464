package app.aftercare.rules;

/**
 * One advice sentence of a plan. The web layer translates {@link #messageKey()}; the JSON
 * API uses {@link #defaultText()}.
 */
public enum AdviceCode {

	/**
	 * R12, for NECK, UPPER_TRAPEZIUS and SHOULDER.
	 */
	TRIGGER_POINT_RELEASE(RuleId.R12, "advice.trigger-point-release",
			"Do mild trigger point release exercises for the treated area."),

	/**
	 * R12, for LOWER_BACK.
	 */
	STRETCH_BEFORE_WORKOUT(RuleId.R12, "advice.stretch-before-workout", "Stretch gently before your full workouts."),

	SORENESS_NORMAL(RuleId.R13, "advice.soreness-normal",
			"Soreness like after a workout is normal and usually fades within 24 to 48 hours."),

	LISTEN_TO_BODY(RuleId.R13, "advice.listen-to-body",
			"Listen to your body: if you feel sore or tired, skip the intense workout."),

	HYDRATE(RuleId.R13, "advice.hydrate", "Stay hydrated."),

	WARM_COMPRESS(RuleId.R13, "advice.warm-compress", "A warm compress can help with comfort.");

	private final RuleId rule;

	private final String messageKey;

	private final String defaultText;

	AdviceCode(RuleId rule, String messageKey, String defaultText) {
		this.rule = rule;
		this.messageKey = messageKey;
		this.defaultText = defaultText;
	}

	public RuleId rule() {
		return this.rule;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/**
	 * The English sentence.
	 */
	public String defaultText() {
		return this.defaultText;
	}

}
