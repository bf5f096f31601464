package app.aftercare.patient;

import java.time.Instant;

/**
 * One line of a patient's treatment list.
 *
 * @param statusCode the plan status now, such as {@code REST} or {@code FULL_TRAINING_OK}
 */
public record TreatmentSummary(Long id, Instant treatedAt, String areasText, String statusCode) {

}
