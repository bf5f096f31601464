package app.aftercare.web;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import app.aftercare.support.FuzzValues;
import app.aftercare.support.ServerIntegrationTest;
import app.aftercare.web.RawHttp.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY 26 on a real server, for what only Tomcat sees: seeded requests with broken
 * percent-encoding, control characters, more than 1,000 parameters, bodies over the form
 * limit and request targets Tomcat refuses, sent as raw bytes to the login, the staff
 * pages, a patient's link, the check-in and the preview API. None gets a 5xx, and nothing
 * the app logged while answering them holds the link token or an ERROR.
 */
@ServerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class WireFuzzTest {

	private static final long SEED = 20261129L;

	private static final int REQUESTS = 400;

	@LocalServerPort
	int port;

	@Test
	void malformedRequestsOnTheWireGetNoServerErrorAndLeaveTheLogClean(CapturedOutput output) {
		int logFrom = output.getAll().length();
		String token = EdgeRequestsTest.aTokenShapedString();
		String[] paths = { "/login", "/", "/patients", "/patients/1", "/treatments/1/review", "/admin/staff",
				"/p/" + token, "/p/" + token + "/check-in", "/p/" + token + "/calendar.ics", "/api/v1/plans/preview",
				"/setup" };
		String[] refusedTargets = { "/%2e%2e/x", "/p/" + token + "/x{y}", "/p/" + token + "/%2e%2e/",
				"/p/" + token + "/a|b", "/p/" + token + "/\u0001", "/p/" + token + "%00", "//p/" + token,
				"/p/" + token + "/%zz" };
		RawHttp http = new RawHttp(this.port);
		Random random = new Random(SEED);
		Map<Integer, Integer> statuses = new TreeMap<>();
		for (int i = 0; i < REQUESTS; i++) {
			String path = paths[random.nextInt(paths.length)];
			Answer answer;
			String sent;
			switch (random.nextInt(8)) {
				case 0 -> {
					sent = refusedTargets[random.nextInt(refusedTargets.length)];
					answer = http.get(sent);
				}
				case 1 -> {
					sent = path + " with 1,001 parameters";
					answer = http.postForm(path, "a" + "&a".repeat(1_000 + random.nextInt(50)));
				}
				case 2, 3 -> {
					sent = path + "?" + query(random);
					answer = http.get(sent);
				}
				default -> {
					String body = query(random);
					sent = "POST " + path + " " + body;
					answer = http.postForm(path, body);
				}
			}
			statuses.merge(answer.status(), 1, Integer::sum);
			assertThat(answer.status()).as("seed %s request %d: %s", SEED, i, sent).isBetween(200, 499);
			assertThat(answer.body()).as(sent).doesNotContain(token).doesNotContainIgnoringCase("apache tomcat");
		}
		for (int i = 0; i < 3; i++) {
			String path = paths[random.nextInt(paths.length)];
			Answer answer = http.postForm(path, "notes=" + "x".repeat(3 * 1024 * 1024));
			statuses.merge(answer.status(), 1, Integer::sum);
			assertThat(answer.status()).as("3 MB to %s", path).isBetween(400, 499);
		}
		System.out.println("WireFuzzTest: " + (REQUESTS + 3) + " requests (seed " + SEED + "), by status: " + statuses);
		assertThat(output.getAll().substring(logFrom)).doesNotContain(token)
			.doesNotContain(" ERROR ")
			.doesNotContain("\tat ");
	}

	private static String query(Random random) {
		StringBuilder query = new StringBuilder();
		int parameters = 1 + random.nextInt(6);
		String[] names = { "email", "password", "symptoms", "soreness", "feelFine", "q", "page", "size", "_csrf",
				"treatedAt", "areas", "a" };
		for (int i = 0; i < parameters; i++) {
			if (i > 0) {
				query.append('&');
			}
			query.append(names[random.nextInt(names.length)]).append('=').append(FuzzValues.wire(random));
		}
		return query.toString();
	}

}
