package app.aftercare.audit;

/**
 * Who an event is attributed to, in the audit trail's own terms, so that the audit log
 * needs to know nothing of how staff sign in.
 *
 * @param clinicId the clinic whose trail the event joins
 * @param staffId the staff member's id
 * @param name what is stored as the actor: the email address they sign in with
 */
public record Actor(Long clinicId, Long staffId, String name) {
}
