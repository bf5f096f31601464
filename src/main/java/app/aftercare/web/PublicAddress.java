package app.aftercare.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one place that knows where patients reach the application: every link on a sheet,
 * in a QR code, an email or a page starts with {@link #baseUrl()}. It comes from
 * {@code aftercare.public-url} only, never from a request, whose {@code Host} header
 * anyone can forge. Without it, links point to this machine and staff are warned.
 */
@Component
public class PublicAddress {

	private final String configured;

	private final Environment environment;

	PublicAddress(@Value("${aftercare.public-url:}") String publicUrl, Environment environment) {
		this.configured = StringUtils.hasText(publicUrl) ? validated(publicUrl.trim()) : null;
		this.environment = environment;
	}

	/**
	 * Whether links point to the configured public address, which patients can reach.
	 */
	public boolean isConfigured() {
		return this.configured != null;
	}

	/**
	 * The address links start with, without a trailing slash: the configured one, else
	 * {@code http://localhost:<port>} (the port read when asked, once the server knows
	 * it).
	 */
	public String baseUrl() {
		if (this.configured != null) {
			return this.configured;
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	private static String validated(String publicUrl) {
		URI uri;
		try {
			uri = URI.create(publicUrl);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(publicUrl);
		}
		boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
		if (!web || !StringUtils.hasText(uri.getHost()) || uri.getQuery() != null || uri.getFragment() != null
				|| uri.getUserInfo() != null) {
			throw invalid(publicUrl);
		}
		return StringUtils.trimTrailingCharacter(publicUrl, '/');
	}

	private static IllegalStateException invalid(String publicUrl) {
		return new IllegalStateException("aftercare.public-url must be an absolute http or https address such as "
				+ "https://aftercare.example.org, not '" + publicUrl + "'");
	}

}
