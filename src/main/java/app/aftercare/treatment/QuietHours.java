package app.aftercare.treatment;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The hours of the night in which no reminder is emailed
 * ({@code aftercare.reminders.quiet-hours}, default {@code 21:00-08:00}, in each clinic's
 * zone): a reminder falling inside them is sent when they end. Blank or equal ends mean
 * none.
 */
@Component
public class QuietHours {

	private final LocalTime start;

	private final LocalTime end;

	QuietHours(@Value("${aftercare.reminders.quiet-hours:21:00-08:00}") String hours) {
		if (!StringUtils.hasText(hours)) {
			this.start = null;
			this.end = null;
			return;
		}
		String[] ends = hours.trim().split("-");
		try {
			if (ends.length != 2) {
				throw new DateTimeParseException("no '-'", hours, 0);
			}
			this.start = LocalTime.parse(ends[0].trim());
			this.end = LocalTime.parse(ends[1].trim());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(
					"aftercare.reminders.quiet-hours must read like 21:00-08:00, not '" + hours + "'", ex);
		}
	}

	/**
	 * Whether {@code instant} falls inside the quiet hours of a clinic in {@code zone}.
	 */
	public boolean contains(Instant instant, ZoneId zone) {
		if (this.start == null || this.start.equals(this.end)) {
			return false;
		}
		LocalTime time = instant.atZone(zone).toLocalTime();
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end);
		}
		return !time.isBefore(this.start) || time.isBefore(this.end);
	}

	/**
	 * The instant itself outside the quiet hours, else the moment they end.
	 */
	public Instant outside(Instant instant, ZoneId zone) {
		if (!contains(instant, zone)) {
			return instant;
		}
		ZonedDateTime at = instant.atZone(zone);
		ZonedDateTime end = ZonedDateTime.of(at.toLocalDate(), this.end, zone);
		if (!end.toInstant().isAfter(instant)) {
			end = ZonedDateTime.of(at.toLocalDate().plusDays(1), this.end, zone);
		}
		return end.toInstant();
	}

}
