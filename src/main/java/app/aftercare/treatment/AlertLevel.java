package app.aftercare.treatment;

/**
 * How urgently the clinic must look at a patient's report, most urgent first.
 */
public enum AlertLevel {

	/** An urgent sign (R10). */
	URGENT,

	/** A red flag reported 72 hours or more after treatment (R8). */
	CONTACT_PHYSIO,

	/** Any other red flag (R6, R7). */
	RED_FLAG

}
