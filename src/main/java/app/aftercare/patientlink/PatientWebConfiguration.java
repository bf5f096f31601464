package app.aftercare.patientlink;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PatientWebConfiguration {

	@Bean
	FilterRegistrationBean<PatientResponseHeaders> patientResponseHeaders() {
		FilterRegistrationBean<PatientResponseHeaders> registration = new FilterRegistrationBean<>(
				new PatientResponseHeaders());
		registration.addUrlPatterns(PatientResponseHeaders.URL_PATTERN);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * After every other filter, Spring Security's included (the order is left at the
	 * lowest precedence).
	 */
	@Bean
	FilterRegistrationBean<KeptPatientPages> keptPatientPages(PatientPageModel pageModel, PatientPageService pages,
			RenderedPages rendered) {
		FilterRegistrationBean<KeptPatientPages> registration = new FilterRegistrationBean<>(
				new KeptPatientPages(pageModel, pages, rendered));
		registration.addUrlPatterns(KeptPatientPages.URL_PATTERN);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AccessLogPath> accessLogPath() {
		FilterRegistrationBean<AccessLogPath> registration = new FilterRegistrationBean<>(new AccessLogPath());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
