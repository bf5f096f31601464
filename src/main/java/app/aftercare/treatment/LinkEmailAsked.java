package app.aftercare.treatment;

/**
 * Published in the transaction that saves a treatment with "Email the link to the
 * patient" ticked: the feature that owns the links queues the email of the active one.
 *
 * @param to the address the patient agreed to
 */
public record LinkEmailAsked(Long clinicId, Long treatmentId, String to) {
}
