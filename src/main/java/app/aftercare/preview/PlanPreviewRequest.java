package app.aftercare.preview;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a plan preview as the client sent it. Every field may be missing, and
 * codes and times are plain strings, so that {@link PreviewRequestReader} can name each
 * problem by its field instead of failing on the first.
 *
 * @param treatedAt end of the treatment, an ISO-8601 instant with {@code Z} or an offset
 * @param timeZone IANA time zone the milestone times are shown in
 * @param areas treated areas, at least one
 * @param intensity LIGHT, MODERATE or STRONG
 * @param sensitiveArea whether the area is marked sensitive; false when missing
 * @param symptoms observed or reported symptoms; none when missing
 * @param review a physiotherapist's review (R9), optional
 * @param at the instant the status is computed for; now when missing
 */
record PlanPreviewRequest(String treatedAt, String timeZone, List<AreaJson> areas, String intensity,
		Boolean sensitiveArea, List<SymptomJson> symptoms, ReviewJson review, String at) {

	/**
	 * @param code an area of the catalogue
	 * @param side LEFT, RIGHT or BOTH, optional
	 */
	record AreaJson(String code, String side) {

	}

	/**
	 * A symptom, a soreness score, or both, reported at one instant.
	 *
	 * @param code a symptom code; optional when a soreness score is given
	 * @param reportedAt when it was observed or reported
	 * @param source CLINIC (when missing) or PATIENT
	 * @param soreness 0 to 10; 7 or more counts as SIGNIFICANT_PAIN
	 */
	record SymptomJson(String code, String reportedAt, String source, BigDecimal soreness) {

	}

	/**
	 * @param clearedFrom the instant red flags stop delaying exercise, optional
	 * @param extendedTo milestones moved later, by milestone code
	 * @param note the physiotherapist's note, not used by the rules
	 */
	record ReviewJson(String clearedFrom, Map<String, String> extendedTo, String note) {

	}

}
