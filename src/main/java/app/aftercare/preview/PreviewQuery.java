package app.aftercare.preview;

import java.time.Instant;
import java.time.ZoneId;

import app.aftercare.rules.PlanInput;

/**
 * A valid preview request: what to compute, for which instant, shown in which zone.
 */
record PreviewQuery(PlanInput input, ZoneId zone, Instant at) {

}
