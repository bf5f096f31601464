package app.aftercare.preview;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the plan preview API.
 *
 * @param requestsPerMinute how many previews one client address may ask for per minute (a
 * burst of this many, then refilled evenly over the minute)
 */
@ConfigurationProperties("aftercare.preview")
public record PreviewProperties(@DefaultValue("120") int requestsPerMinute) {

	public PreviewProperties {
		if (requestsPerMinute < 1) {
			throw new IllegalArgumentException(
					"aftercare.preview.requests-per-minute must be at least 1, was " + requestsPerMinute);
		}
	}

}
