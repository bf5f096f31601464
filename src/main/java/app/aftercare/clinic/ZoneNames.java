package app.aftercare.clinic;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A clinic's time zone named for patients. The JDK's names follow CLDR's metazones, which
 * read oddly in Spanish ("Hora de Gran Bretaña" for London); a zone that is its country's
 * only one is named after the country instead, in the page's language ("hora de Reino
 * Unido"), the others by the JDK's generic name with the country added ("hora central
 * (México)").
 */
@Component
public class ZoneNames {

	/** Zones of clinics times the patients' languages: a few; a bound all the same. */
	private static final int MAX_REMEMBERED = 2000;

	private final MessageSource messages;

	private final Map<Key, String> names = new ConcurrentHashMap<>();

	ZoneNames(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The name of a zone in a language: looked up once, since it depends only on the
	 * JDK's data and the messages (the JDK's display names are slow to look up, and every
	 * patient page shows one).
	 */
	public String name(ZoneId zone, Locale locale) {
		Key key = new Key(zone, locale);
		String name = this.names.get(key);
		if (name == null) {
			name = lookUp(zone, locale);
			if (this.names.size() < MAX_REMEMBERED) {
				this.names.put(key, name);
			}
		}
		return name;
	}

	private String lookUp(ZoneId zone, Locale locale) {
		String country = TimeZones.country(zone);
		String generic = zone.getDisplayName(TextStyle.FULL, locale);
		if (country == null) {
			return generic;
		}
		String countryName = new Locale("", country).getDisplayCountry(locale);
		if (TimeZones.onlyZoneOfItsCountry(zone)) {
			return this.messages.getMessage("zone.countryTime", new Object[] { countryName }, locale);
		}
		return this.messages.getMessage("zone.withCountry", new Object[] { generic, countryName }, locale);
	}

	private record Key(ZoneId zone, Locale locale) {
	}

}
