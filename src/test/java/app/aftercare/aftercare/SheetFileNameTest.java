package app.aftercare.aftercare;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetFileNameTest {

	private static final ZonedDateTime TREATED_AT = ZonedDateTime.of(2026, 5, 12, 23, 30, 0, 0,
			ZoneId.of("Europe/Madrid"));

	@Test
	void thePdfIsAnAttachmentNamedAfterTheClinicTheFirstNameAndTheDate() {
		assertThat(header("Harbour Physio", "Jane"))
			.isEqualTo("attachment; filename=\"Harbour-Physio-Jane-2026-05-12.pdf\"");
	}

	@Test
	void accentedNamesGetAnAsciiFallbackAndAnRfc5987Name() {
		assertThat(header("Fisioterapia Peñalara", "José María"))
			.isEqualTo("attachment; filename=\"Fisioterapia-Penalara-Jose-Maria-2026-05-12.pdf\"; "
					+ "filename*=UTF-8''Fisioterapia-Pe%C3%B1alara-Jos%C3%A9-Mar%C3%ADa-2026-05-12.pdf");
		assertThat(header("Clinic", "李")).isEqualTo(
				"attachment; filename=\"Clinic-2026-05-12.pdf\"; filename*=UTF-8''Clinic-%E6%9D%8E-2026-05-12.pdf");
	}

	@Test
	void onlySafeCharactersReachTheHeader() {
		assertThat(header("\"../../etc/passwd\"", "<img src=x onerror=alert(1)>"))
			.isEqualTo("attachment; filename=\"etc-passwd-img-src-x-onerror-alert-1-2026-05-12.pdf\"");
		assertThat(header("", "")).isEqualTo("attachment; filename=\"2026-05-12.pdf\"");
		assertThat(header("a;b\r\nSet-Cookie: x=y", "%41")).doesNotContain("\r", "\n", ";b", "%41")
			.isEqualTo("attachment; filename=\"a-b-Set-Cookie-x-y-41-2026-05-12.pdf\"");
	}

	@Test
	void longNamesAreCutToFortyCharactersEach() {
		assertThat(header("c".repeat(60), "a".repeat(39) + " b"))
			.isEqualTo("attachment; filename=\"" + "c".repeat(40) + "-" + "a".repeat(39) + "-2026-05-12.pdf\"");
	}

	private static String header(String clinic, String firstName) {
		return AftercareSheetController.contentDisposition(new AftercareSheet(1L, Locale.ENGLISH, clinic, null, null,
				firstName, "Alex", TREATED_AT, List.of(), null, null, false, null, TREATED_AT));
	}

}
