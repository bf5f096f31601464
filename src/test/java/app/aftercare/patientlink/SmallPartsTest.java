package app.aftercare.patientlink;

import java.time.ZoneId;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class SmallPartsTest {

	@Test
	void theEmergencyNumberComesFromTheClinicsTimeZone() {
		assertThat(EmergencyNumber.forZone(ZoneId.of("Europe/London"))).isEqualTo(new EmergencyNumber("999", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("Europe/Madrid"))).isEqualTo(new EmergencyNumber("112", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("Atlantic/Canary"))).isEqualTo(new EmergencyNumber("112", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("Europe/Dublin"))).isEqualTo(new EmergencyNumber("112", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("America/New_York"))).isEqualTo(new EmergencyNumber("911", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("America/Indiana/Indianapolis")))
			.isEqualTo(new EmergencyNumber("911", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("America/Toronto"))).isEqualTo(new EmergencyNumber("911", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("Pacific/Honolulu"))).isEqualTo(new EmergencyNumber("911", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("Australia/Sydney"))).isEqualTo(new EmergencyNumber("000", true));
		assertThat(EmergencyNumber.forZone(ZoneId.of("Pacific/Auckland"))).isEqualTo(new EmergencyNumber("111", true));
	}

	@Test
	void elsewhereTheNumberIs112NamedOnlyAsEmergencyServices() {
		assertThat(EmergencyNumber.forZone(ZoneId.of("Asia/Tokyo"))).isEqualTo(EmergencyNumber.UNKNOWN);
		assertThat(EmergencyNumber.forZone(ZoneId.of("America/Sao_Paulo"))).isEqualTo(EmergencyNumber.UNKNOWN);
		assertThat(EmergencyNumber.UNKNOWN.known()).isFalse();
		assertThat(EmergencyNumber.UNKNOWN.telUri()).isEqualTo("tel:112");
	}

	@Test
	void aPhoneBecomesATelLinkOfItsDigits() {
		assertThat(PhoneNumbers.telUri("+44 (0)20 7946-0000")).isEqualTo("tel:+4402079460000");
		assertThat(PhoneNumbers.telUri("020 7946 0000")).isEqualTo("tel:02079460000");
		assertThat(PhoneNumbers.telUri("  ")).isNull();
		assertThat(PhoneNumbers.telUri("call us")).isNull();
		assertThat(PhoneNumbers.telUri(null)).isNull();
	}

	@Test
	void theAccessLogPathMasksTheTokenAndNothingElse() {
		assertThat(AccessLogPath.masked("/p/AbC-123_xyz")).isEqualTo("/p/***");
		assertThat(AccessLogPath.masked("/p/AbC-123_xyz/check-in")).isEqualTo("/p/***/check-in");
		assertThat(AccessLogPath.masked("/p/")).isEqualTo("/p/***");
		assertThat(AccessLogPath.masked("/patients/12")).isEqualTo("/patients/12");
		assertThat(AccessLogPath.masked("/css/p/app.css")).isEqualTo("/css/p/app.css");
		assertThat(AccessLogPath.masked("/password-reset/AbC-123_xyz")).isEqualTo("/password-reset/***");
		assertThat(AccessLogPath.masked("/password-reset/AbC/x")).isEqualTo("/password-reset/***/x");
		assertThat(AccessLogPath.masked("/password-reset")).isEqualTo("/password-reset");
	}

	@Test
	void errorsTheContainerRendersUnderPatientLinksGetThePatientsLook() {
		PatientErrorPages pages = new PatientErrorPages();
		MockHttpServletRequest csrf = new MockHttpServletRequest("POST", "/error");
		csrf.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/p/AbC/check-in");
		MockHttpServletRequest staff = new MockHttpServletRequest("GET", "/error");
		staff.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/patients/1");

		ModelAndView forbidden = pages.resolveErrorView(csrf, HttpStatus.FORBIDDEN, Map.of("path", "/p/AbC"));
		assertThat(forbidden.getViewName()).isEqualTo("patient/error");
		assertThat(forbidden.getModel()).containsExactly(Map.entry("code", "403"));
		assertThat(forbidden.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(pages.resolveErrorView(csrf, HttpStatus.NOT_FOUND, Map.of()).getViewName())
			.isEqualTo("patient/not-found");
		assertThat(pages.resolveErrorView(csrf, HttpStatus.METHOD_NOT_ALLOWED, Map.of()).getModel())
			.containsEntry("code", "other");
		assertThat(pages.resolveErrorView(staff, HttpStatus.FORBIDDEN, Map.of())).isNull();
	}

}
