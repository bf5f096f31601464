package app.aftercare.treatment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class QuietHoursTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private final QuietHours night = new QuietHours("21:00-08:00");

	@Test
	void aReminderFallingAtNightGoesAtEightInTheClinicsZone() {
		assertThat(this.night.outside(london("2026-05-13T22:30"), LONDON)).isEqualTo(london("2026-05-14T08:00"));
		assertThat(this.night.outside(london("2026-05-14T03:00"), LONDON)).isEqualTo(london("2026-05-14T08:00"));
		assertThat(this.night.outside(london("2026-05-13T21:00"), LONDON)).isEqualTo(london("2026-05-14T08:00"));
	}

	@Test
	void aReminderInTheDayGoesAtItsMoment() {
		assertThat(this.night.outside(london("2026-05-13T08:00"), LONDON)).isEqualTo(london("2026-05-13T08:00"));
		assertThat(this.night.outside(london("2026-05-13T20:59"), LONDON)).isEqualTo(london("2026-05-13T20:59"));
	}

	@Test
	void theHoursAreTheClinicsOwn() {
		Instant tenPastNineInLondon = london("2026-05-13T21:10");
		assertThat(this.night.contains(tenPastNineInLondon, LONDON)).isTrue();
		assertThat(this.night.contains(tenPastNineInLondon, MADRID)).isTrue();
		Instant eightFiveInLondon = london("2026-05-13T07:30");
		assertThat(this.night.contains(eightFiveInLondon, LONDON)).isTrue();
		assertThat(this.night.contains(eightFiveInLondon, MADRID)).isFalse();
	}

	@Test
	void hoursWithinOneDayAndNoHoursWork() {
		QuietHours lunch = new QuietHours("12:00-14:00");
		assertThat(lunch.outside(london("2026-05-13T13:00"), LONDON)).isEqualTo(london("2026-05-13T14:00"));
		assertThat(lunch.contains(london("2026-05-13T14:00"), LONDON)).isFalse();
		assertThat(new QuietHours("").contains(london("2026-05-13T23:00"), LONDON)).isFalse();
		assertThat(new QuietHours("08:00-08:00").contains(london("2026-05-13T08:00"), LONDON)).isFalse();
	}

	@Test
	void aMalformedSettingStopsTheStartSayingWhy() {
		assertThatIllegalStateException().isThrownBy(() -> new QuietHours("9pm to 8am"))
			.withMessageContaining("aftercare.reminders.quiet-hours");
	}

	private static Instant london(String local) {
		return LocalDateTime.parse(local).atZone(LONDON).toInstant();
	}

}
