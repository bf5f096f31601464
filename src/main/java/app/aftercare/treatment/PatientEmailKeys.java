package app.aftercare.treatment;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.rules.MilestoneCode;

/**
 * The outbox's unique keys of the patient's emails, written here and read back by the
 * composers: a link is emailed at most once per link, a reminder at most once per
 * milestone and moment, so that a moved plan queues a new reminder and the old one finds
 * its moment gone when it is due.
 */
public final class PatientEmailKeys {

	private static final Pattern LINK = Pattern.compile("patient-link:(\\d+):(\\d+)");

	private static final Pattern REMINDER = Pattern.compile("reminder:(\\d+):([A-Z_]+):(-?\\d+)");

	private PatientEmailKeys() {
	}

	/** What the messages are about: the treatment. */
	public static String about(Long treatmentId) {
		return "treatment:" + treatmentId;
	}

	public static String link(Long treatmentId, Long linkId) {
		return "patient-link:" + treatmentId + ":" + linkId;
	}

	public static String reminder(Long treatmentId, MilestoneCode milestone, Instant at) {
		return "reminder:" + treatmentId + ":" + milestone.name() + ":" + at.getEpochSecond();
	}

	/**
	 * The link of a link email's key.
	 */
	public static Optional<LinkEmail> linkEmail(String key) {
		Matcher matcher = LINK.matcher(key);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new LinkEmail(Long.valueOf(matcher.group(1)), Long.valueOf(matcher.group(2))));
	}

	/**
	 * The milestone and moment of a reminder's key.
	 */
	public static Optional<Reminder> reminder(String key) {
		Matcher matcher = REMINDER.matcher(key);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Reminder(Long.valueOf(matcher.group(1)), MilestoneCode.valueOf(matcher.group(2)),
					Instant.ofEpochSecond(Long.parseLong(matcher.group(3)))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public record LinkEmail(Long treatmentId, Long linkId) {
	}

	public record Reminder(Long treatmentId, MilestoneCode milestone, Instant at) {
	}

}
