package app.aftercare.rules;

/**
 * The area catalogue of RULES.md, in catalogue order. The order matters: area advice
 * (R12) is listed in it.
 */
public enum Area {

	NECK("Neck", AreaSize.SMALL, true),

	UPPER_TRAPEZIUS("Upper trapezius / top of shoulder", AreaSize.SMALL, true),

	SHOULDER_BLADE("Shoulder blade / upper back", AreaSize.LARGE, true),

	CHEST_WALL("Chest wall", AreaSize.SMALL, true),

	SHOULDER("Shoulder (rotator cuff)", AreaSize.SMALL, true),

	ARM("Upper arm", AreaSize.SMALL, false),

	FOREARM_HAND("Forearm and hand", AreaSize.SMALL, false),

	JAW_HEAD("Jaw and head", AreaSize.SMALL, false),

	LOWER_BACK("Lower back", AreaSize.LARGE, false),

	GLUTES_HIP("Glutes and hip", AreaSize.LARGE, false),

	THIGH_FRONT("Front of thigh (quadriceps)", AreaSize.LARGE, false),

	THIGH_BACK("Back of thigh (hamstrings)", AreaSize.LARGE, false),

	INNER_THIGH("Inner thigh (adductors)", AreaSize.LARGE, false),

	CALF("Calf", AreaSize.LARGE, false),

	SHIN_FOOT("Shin and foot", AreaSize.SMALL, false);

	private final String label;

	private final AreaSize size;

	private final boolean chestRisk;

	Area(String label, AreaSize size, boolean chestRisk) {
		this.label = label;
		this.size = size;
		this.chestRisk = chestRisk;
	}

	/**
	 * The English label of the catalogue (RULES.md). Pages name an area by the message
	 * {@code area.<name>}, in the page's language.
	 */
	public String label() {
		return this.label;
	}

	public AreaSize size() {
		return this.size;
	}

	/**
	 * Whether needling here can reach the chest cavity, which brings the safety net of
	 * R11.
	 */
	public boolean chestRisk() {
		return this.chestRisk;
	}

}
