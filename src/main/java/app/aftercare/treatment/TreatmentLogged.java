package app.aftercare.treatment;

/**
 * Published in the transaction that saves a new treatment.
 */
public record TreatmentLogged(Long clinicId, Long treatmentId) {
}
