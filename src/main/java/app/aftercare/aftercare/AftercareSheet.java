package app.aftercare.aftercare;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import app.aftercare.rules.AdviceCode;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.TreatedArea;
import app.aftercare.treatment.PlanView;
import app.aftercare.web.Times;

/**
 * Everything the printed aftercare sheet shows, and nothing more about the patient than
 * their first name. Times are in the clinic's zone.
 *
 * @param treatmentId the treatment, for the link back to its page
 * @param locale the patient's preferred language: the sheet is written in it
 * @param clinicPhone the clinic's phone, or null
 * @param clinicAddress the clinic's address, or null
 * @param physiotherapist the name of who treated the patient
 * @param plan the plan as computed when printed (the times; the status at that moment)
 * @param link the patient link to print, or null when the treatment has no active link
 * @param linkLocalOnly whether the link points to this machine for want of a configured
 * public address: staff are warned on screen, and the sheet is not worth giving out
 * @param linkExpiresAt until when the link works, or null while the plan is on hold
 * @param printedAt when the sheet was made
 */
public record AftercareSheet(Long treatmentId, Locale locale, String clinicName, String clinicPhone,
		String clinicAddress, String firstName, String physiotherapist, ZonedDateTime treatedAt,
		List<TreatedArea> areas, PlanView plan, String link, boolean linkLocalOnly, ZonedDateTime linkExpiresAt,
		ZonedDateTime printedAt) {

	/**
	 * The treatment time for {@code <time datetime>}.
	 */
	public String treatedAtIso() {
		return Times.ISO_WITH_OFFSET.format(this.treatedAt);
	}

	public boolean hasLink() {
		return this.link != null;
	}

	/**
	 * The plan's advice (R12, R13) in two columns of nearly equal length, the first
	 * column the longer.
	 */
	public List<List<AdviceCode>> adviceColumns() {
		List<AdviceCode> advice = this.plan.advice();
		int half = (advice.size() + 1) / 2;
		return List.of(advice.subList(0, half), advice.subList(half, advice.size()));
	}

	public List<Symptom> redFlags() {
		return Arrays.stream(Symptom.values()).filter(Symptom::redFlag).toList();
	}

	public List<Symptom> urgentSigns() {
		return Arrays.stream(Symptom.values()).filter(Symptom::urgentSign).toList();
	}

}
