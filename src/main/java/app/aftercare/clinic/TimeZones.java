package app.aftercare.clinic;

import java.time.ZoneId;
import java.util.List;

/**
 * The IANA time zones a clinic can choose from: region-based ids only, sorted.
 */
public final class TimeZones {

	private static final List<String> IDS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private TimeZones() {
	}

	public static List<String> all() {
		return IDS;
	}

	public static boolean isKnown(String id) {
		return id != null && IDS.contains(id);
	}

}
