package app.aftercare.patientlink;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number to call for an ambulance where the clinic is, found from its time zone: 999
 * in the United Kingdom, 911 in the United States and Canada, 000 in Australia, 111 in
 * New Zealand, 112 in the European Union. Elsewhere 112, named only as "emergency
 * services" since it may not be the local number.
 *
 * @param number the digits to dial
 * @param known whether the number is the one of the clinic's country
 */
record EmergencyNumber(String number, boolean known) {

	static final EmergencyNumber UNKNOWN = new EmergencyNumber("112", false);

	private static final Map<String, String> BY_ZONE = new HashMap<>();

	private static final Map<String, String> BY_PREFIX = Map.of("Australia/", "000", "America/Indiana/", "911",
			"America/Kentucky/", "911", "America/North_Dakota/", "911", "US/", "911", "Canada/", "911");

	static {
		zones("999", "Europe/London", "Europe/Belfast", "Europe/Guernsey", "Europe/Isle_of_Man", "Europe/Jersey", "GB",
				"GB-Eire");
		zones("911", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
				"America/Anchorage", "America/Adak", "America/Boise", "America/Detroit", "America/Juneau",
				"America/Menominee", "America/Metlakatla", "America/Nome", "America/Sitka", "America/Yakutat",
				"America/Puerto_Rico", "Pacific/Honolulu", "America/Toronto", "America/Montreal", "America/Vancouver",
				"America/Edmonton", "America/Winnipeg", "America/Halifax", "America/St_Johns", "America/Regina",
				"America/Moncton", "America/Glace_Bay", "America/Goose_Bay", "America/Whitehorse", "America/Dawson",
				"America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Cambridge_Bay",
				"America/Inuvik", "America/Iqaluit", "America/Rankin_Inlet", "America/Resolute",
				"America/Swift_Current", "America/Atikokan", "America/Blanc-Sablon", "America/Yellowknife",
				"America/Nipigon", "America/Thunder_Bay", "America/Rainy_River", "America/Pangnirtung");
		zones("000", "Antarctica/Macquarie");
		zones("111", "Pacific/Auckland", "Pacific/Chatham", "NZ", "NZ-CHAT");
		zones("112", "Europe/Amsterdam", "Europe/Athens", "Europe/Berlin", "Europe/Bratislava", "Europe/Brussels",
				"Europe/Bucharest", "Europe/Budapest", "Europe/Busingen", "Europe/Copenhagen", "Europe/Dublin", "Eire",
				"Europe/Helsinki", "Europe/Lisbon", "Portugal", "Europe/Ljubljana", "Europe/Luxembourg",
				"Europe/Madrid", "Europe/Malta", "Europe/Mariehamn", "Europe/Nicosia", "Asia/Nicosia", "Asia/Famagusta",
				"Europe/Paris", "Europe/Prague", "Europe/Riga", "Europe/Rome", "Europe/Sofia", "Europe/Stockholm",
				"Europe/Tallinn", "Europe/Vienna", "Europe/Vilnius", "Europe/Warsaw", "Poland", "Europe/Zagreb",
				"Atlantic/Canary", "Atlantic/Madeira", "Atlantic/Azores", "Africa/Ceuta");
	}

	private static void zones(String number, String... zoneIds) {
		for (String zoneId : List.of(zoneIds)) {
			BY_ZONE.put(zoneId, number);
		}
	}

	static EmergencyNumber forZone(ZoneId zone) {
		if (zone == null) {
			return UNKNOWN;
		}
		String id = zone.getId();
		String number = BY_ZONE.get(id);
		if (number == null) {
			number = BY_PREFIX.entrySet()
				.stream()
				.filter((prefix) -> id.startsWith(prefix.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}
		return (number != null) ? new EmergencyNumber(number, true) : UNKNOWN;
	}

	public String telUri() {
		return "tel:" + this.number;
	}

}
