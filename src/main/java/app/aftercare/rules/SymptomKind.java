package app.aftercare.rules;

/**
 * A red flag delays exercise (R6–R8); an urgent sign sends the patient to urgent care
 * (R10).
 */
public enum SymptomKind {

	RED_FLAG, URGENT_SIGN

}
