package app.aftercare.rules;

/**
 * Who recorded a symptom: the physiotherapist in clinic, or the patient through their
 * link. The rules treat both alike.
 */
public enum SymptomSource {

	CLINIC, PATIENT

}
