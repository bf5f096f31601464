package app.aftercare.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests as a TLS-terminating proxy on this machine forwards them: over plain HTTP from
 * 127.0.0.1, saying the client used https from {@link #CLIENT}.
 */
final class ProxyClient {

	static final String CLIENT = "203.0.113.9";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private String session;

	ProxyClient(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(forwarded(path).GET().build());
	}

	HttpResponse<String> postForm(String path, String... nameValues) throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < nameValues.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
		}
		return send(forwarded(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build());
	}

	/**
	 * Logs in with the login page's CSRF token; the answer carries the new session
	 * cookie.
	 */
	HttpResponse<String> logIn(String email, String password) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get("/login").body());
		assertThat(csrf.find()).as("a CSRF token on the login page").isTrue();
		return postForm("/login", "email", email, "password", password, "_csrf", csrf.group(1));
	}

	static String cookie(HttpResponse<?> response, String name) {
		List<String> cookies = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.toList();
		assertThat(cookies).as("cookies " + name + " set").hasSize(1);
		return cookies.get(0);
	}

	private HttpRequest.Builder forwarded(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", CLIENT);
		if (this.session != null) {
			request.header("Cookie", "AFTERCARE_SESSION=" + this.session);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("AFTERCARE_SESSION="))
			.forEach((cookie) -> this.session = cookie.substring("AFTERCARE_SESSION=".length(), cookie.indexOf(';')));
		return response;
	}

}
