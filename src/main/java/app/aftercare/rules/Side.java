package app.aftercare.rules;

/**
 * Side of a treated area. It does not change the plan; it is recorded for the sheet.
 */
public enum Side {

	LEFT, RIGHT, BOTH

}
