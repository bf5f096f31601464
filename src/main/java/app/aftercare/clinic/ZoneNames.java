package app.aftercare.clinic;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

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

	private final MessageSource messages;

	ZoneNames(MessageSource messages) {
		this.messages = messages;
	}

	public String name(ZoneId zone, Locale locale) {
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

}
