package app.aftercare.rules;

/**
 * Size of a treated area; a {@link #LARGE} area is a load factor of rule R3.
 */
public enum AreaSize {

	SMALL, LARGE

}
