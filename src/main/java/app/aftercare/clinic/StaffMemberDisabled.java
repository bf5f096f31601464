package app.aftercare.clinic;

/**
 * A staff member was disabled: their live sessions must end.
 */
public record StaffMemberDisabled(Long clinicId, Long staffId) {

}
