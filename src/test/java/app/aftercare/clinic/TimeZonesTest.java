package app.aftercare.clinic;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.aftercare.support.IntegrationTest;
import app.aftercare.support.StaticFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class TimeZonesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ZoneNames zoneNames;

	@Test
	void theListOffersCanonicalZonesOnlyButAnAliasIsStillAccepted() {
		assertThat(TimeZones.canonical()).contains("Europe/London", "Asia/Kolkata", "America/New_York", "Europe/Madrid")
			.doesNotContain("Asia/Calcutta", "US/Eastern", "Europe/Belfast", "America/Buenos_Aires")
			.hasSizeBetween(380, 450);
		assertThat(TimeZones.all()).hasSizeGreaterThan(TimeZones.canonical().size());
		assertThat(TimeZones.isKnown("Asia/Calcutta")).isTrue();
	}

	@Test
	void theZonesAreGroupedByRegionAndAClinicsAliasKeepsItsPlace() {
		Map<String, List<String>> regions = TimeZones.byRegion(null);
		assertThat(regions.keySet()).containsExactly("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
				"Australia", "Europe", "Indian", "Pacific");
		assertThat(regions.get("Europe")).contains("Europe/London").allMatch((zone) -> zone.startsWith("Europe/"));
		assertThat(TimeZones.byRegion("Asia/Calcutta").get("Asia")).contains("Asia/Calcutta", "Asia/Kolkata");
	}

	@Test
	void theSetupPageGroupsTheZonesAndLetsTheBrowserSuggestItsOwn() throws Exception {
		String page = this.mvc.perform(get("/setup")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<optgroup label=\"Europe\">", "data-browser-zone=\"Europe/London\"",
				StaticFiles.hashed("/js/time-zone.js"));
		assertThat(page).doesNotContain("value=\"Asia/Calcutta\"", "value=\"US/Eastern\"");
	}

	@Test
	void spanishSpeakersGetTheZoneNamedAfterTheCountryNotGreatBritain() {
		Locale spanish = Locale.forLanguageTag("es");
		assertThat(this.zoneNames.name(ZoneId.of("Europe/London"), spanish)).isEqualTo("hora de Reino Unido");
		assertThat(this.zoneNames.name(ZoneId.of("Europe/London"), Locale.ENGLISH)).isEqualTo("United Kingdom time");
		assertThat(this.zoneNames.name(ZoneId.of("America/Mexico_City"), spanish)).isEqualTo("hora central (México)");
		assertThat(this.zoneNames.name(ZoneId.of("Europe/Madrid"), spanish)).endsWith("(España)");
	}

}
