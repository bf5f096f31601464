package app.aftercare.web;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * Tomcat adds its error report valve to the host when it starts unless one of the
	 * configured class is already there: this puts the app's in its place.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport(MessageSource messages) {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ContainerErrorReport.class.getName());
				host.getPipeline().addValve(new ContainerErrorReport(messages));
			}
		});
	}

}
