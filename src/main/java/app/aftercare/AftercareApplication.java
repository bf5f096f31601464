package app.aftercare;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AftercareApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(AftercareApplication.class);
		if (Boolean.getBoolean("aftercare.startup.record")) {
			// bench/startup: every start-up step (phase, configuration, bean) becomes
			// a JFR event; run with -XX:StartFlightRecording
			application.setApplicationStartup(new FlightRecorderApplicationStartup());
		}
		application.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
