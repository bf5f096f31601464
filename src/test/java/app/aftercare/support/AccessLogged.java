package app.aftercare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests that talk to a real server over HTTP with Tomcat's access log on, and then
 * read what it wrote: the requests, the form's CSRF token, and the log's directory.
 */
public final class AccessLogged {

	private final int port;

	public AccessLogged(int port) {
		this.port = port;
	}

	public HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	public HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/**
	 * The CSRF token of the (first) form on the page, URL-encoded for a form body.
	 */
	public static String csrfToken(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).as("a CSRF token in the form").isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}

	/**
	 * Everything the access log files in {@code directory} hold.
	 */
	public static String read(Path directory) throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				all.append(Files.readString(file));
			}
		}
		return all.toString();
	}

	/**
	 * A new directory for a test class's access log.
	 */
	public static Path directory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
