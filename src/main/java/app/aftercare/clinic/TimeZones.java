package app.aftercare.clinic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IANA time zones a clinic can choose from.
 * <p>
 * The list offered is tzdata's canonical zones (those of {@code zone.tab}, shipped with
 * their countries as {@code canonical-zones.txt}) that this JDK knows, grouped by region:
 * about 420 instead of the JDK's 600 ids, without aliases such as {@code Asia/Calcutta}
 * or {@code US/Eastern} that would show one city twice. Any region-based id the JDK knows
 * is still accepted, so a clinic saved with an alias keeps working.
 */
public final class TimeZones {

	private static final List<String> IDS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private static final Map<String, String> COUNTRIES = countries();

	private static final List<String> CANONICAL = COUNTRIES.keySet().stream().sorted().toList();

	private static final Map<String, List<String>> BY_REGION = byRegion(CANONICAL);

	private TimeZones() {
	}

	/**
	 * Every id a clinic may have.
	 */
	public static List<String> all() {
		return IDS;
	}

	/**
	 * The canonical zones, sorted.
	 */
	public static List<String> canonical() {
		return CANONICAL;
	}

	/**
	 * The canonical zones by region ("Africa", "America", ... "Pacific"), for
	 * {@code <optgroup>}s; with {@code current} added under its region when it is an
	 * accepted id that is not canonical, so that a form shows the value a clinic has.
	 */
	public static Map<String, List<String>> byRegion(String current) {
		if (current == null || CANONICAL.contains(current) || !isKnown(current)) {
			return BY_REGION;
		}
		List<String> with = new ArrayList<>(CANONICAL);
		with.add(current);
		with.sort(null);
		return byRegion(with);
	}

	public static boolean isKnown(String id) {
		return id != null && IDS.contains(id);
	}

	/**
	 * The country a canonical zone belongs to (ISO 3166 code), or null.
	 */
	public static String country(ZoneId zone) {
		return COUNTRIES.get(zone.getId());
	}

	/**
	 * Whether the zone is the only canonical one of its country, so that naming the
	 * country names the zone.
	 */
	public static boolean onlyZoneOfItsCountry(ZoneId zone) {
		String country = country(zone);
		return country != null && COUNTRIES.values().stream().filter(country::equals).count() == 1;
	}

	private static Map<String, List<String>> byRegion(List<String> zones) {
		Map<String, List<String>> regions = new LinkedHashMap<>();
		for (String zone : zones) {
			regions.computeIfAbsent(zone.substring(0, zone.indexOf('/')), (region) -> new ArrayList<>()).add(zone);
		}
		regions.replaceAll((region, ids) -> List.copyOf(ids));
		return Collections.unmodifiableMap(regions);
	}

	private static Map<String, String> countries() {
		Set<String> known = Set.copyOf(IDS);
		Map<String, String> countries = new LinkedHashMap<>();
		try (InputStream in = TimeZones.class.getResourceAsStream("canonical-zones.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.split("\\s+"))
				.filter((columns) -> known.contains(columns[0]))
				.forEach((columns) -> countries.put(columns[0], columns[1]));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(countries);
	}

}
