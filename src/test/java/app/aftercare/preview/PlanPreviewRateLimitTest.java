package app.aftercare.preview;

import java.nio.charset.StandardCharsets;

import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static app.aftercare.preview.ApiErrorBodies.fieldsOf;
import static app.aftercare.preview.ApiErrorBodies.messagesOf;
import static app.aftercare.preview.PreviewRequests.PATH;
import static app.aftercare.preview.PreviewRequests.from;
import static app.aftercare.preview.PreviewRequests.theSpecExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 120 previews a minute per client address. The bucket starts full and refills two tokens
 * a second, so the first 120 requests always pass, and requests sent faster than two a
 * second soon meet the limit. Each test uses addresses of its own (TEST-NET-1), so no
 * other test is slowed by these.
 */
@IntegrationTest
class PlanPreviewRateLimitTest {

	private static final int LIMIT = 120;

	/**
	 * Far more than the handful of tokens that can refill while these requests run.
	 */
	private static final int ENOUGH_TO_EMPTY_THE_BUCKET = 60;

	@Autowired
	MockMvc mvc;

	@Test
	void aClientSendingMoreThan120RequestsAMinuteGets429WhileAnotherAddressIsStillServed() throws Exception {
		String json = theSpecExample().json();
		for (int i = 0; i < LIMIT; i++) {
			assertThat(status(previewFrom("192.0.2.1", json))).as("request %d", i + 1).isEqualTo(200);
		}

		MvcResult refused = firstRefused("192.0.2.1", json);

		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
		String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).isEqualTo("{\"errors\":[{\"field\":null,\"message\":\"too many requests\"}]}");
		assertThat(fieldsOf(body)).containsExactly((String) null);
		assertThat(status(previewFrom("192.0.2.2", json))).isEqualTo(200);
	}

	@Test
	void badRequestsCountTowardsTheLimitToo() throws Exception {
		for (int i = 0; i < LIMIT; i++) {
			assertThat(status(previewFrom("192.0.2.3", "{"))).as("request %d", i + 1).isEqualTo(400);
		}

		MvcResult refused = firstRefused("192.0.2.3", "{");

		assertThat(messagesOf(refused.getResponse().getContentAsString())).containsExactly("too many requests");
	}

	@Test
	void aForwardedForHeaderDoesNotEscapeTheLimit() throws Exception {
		String json = theSpecExample().json();
		for (int i = 0; i < LIMIT; i++) {
			this.mvc.perform(preview("192.0.2.4", json).header("X-Forwarded-For", "198.51.100." + (i % 250)));
		}

		MvcResult refused = firstRefused("192.0.2.4", json);

		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
	}

	private MvcResult firstRefused(String address, String json) throws Exception {
		for (int i = 0; i < ENOUGH_TO_EMPTY_THE_BUCKET; i++) {
			MvcResult result = previewFrom(address, json);
			if (result.getResponse().getStatus() == 429) {
				return result;
			}
		}
		throw new AssertionError("no 429 after " + (LIMIT + ENOUGH_TO_EMPTY_THE_BUCKET) + " requests from " + address);
	}

	private MvcResult previewFrom(String address, String json) throws Exception {
		return this.mvc.perform(preview(address, json)).andReturn();
	}

	private static MockHttpServletRequestBuilder preview(String address, String json) {
		return post(PATH).contentType(MediaType.APPLICATION_JSON).content(json).with(from(address));
	}

	private static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

}
