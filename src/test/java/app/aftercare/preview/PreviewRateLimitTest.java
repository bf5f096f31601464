package app.aftercare.preview;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limit itself, configured by {@code aftercare.preview.requests-per-minute}.
 */
class PreviewRateLimitTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(RateLimitOnly.class);

	@Test
	void theLimitIs120RequestsAMinuteUnlessConfigured() {
		this.context
			.run((context) -> assertThat(context.getBean(PreviewProperties.class).requestsPerMinute()).isEqualTo(120));
		this.context.withPropertyValues("aftercare.preview.requests-per-minute=3")
			.run((context) -> assertThat(context.getBean(PreviewProperties.class).requestsPerMinute()).isEqualTo(3));
	}

	@Test
	void aConfiguredLimitAppliesPerAddressAndTellsWhenToRetry() throws Exception {
		PreviewRateLimit limit = new PreviewRateLimit(new PreviewProperties(3));
		HandlerMethod preview = previewHandler();

		for (int i = 0; i < 3; i++) {
			assertThat(limit.preHandle(request("203.0.113.1"), new MockHttpServletResponse(), preview)).isTrue();
		}
		assertThatThrownBy(() -> limit.preHandle(request("203.0.113.1"), new MockHttpServletResponse(), preview))
			.isInstanceOfSatisfying(PreviewRateLimitExceededException.class,
					(ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(20));
		assertThat(limit.preHandle(request("203.0.113.2"), new MockHttpServletResponse(), preview)).isTrue();
	}

	@Test
	void retryAfterIsTheTimeOneRequestTakesToComeBack() {
		assertThat(retryAfter(120)).isEqualTo(1);
		assertThat(retryAfter(7)).isEqualTo(9);
		assertThat(retryAfter(1)).isEqualTo(60);
		assertThat(retryAfter(61)).isEqualTo(1);
	}

	@Test
	void aLimitBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PreviewProperties(0));
		this.context.withPropertyValues("aftercare.preview.requests-per-minute=0")
			.run((context) -> assertThat(context).hasFailed());
	}

	private static long retryAfter(int requestsPerMinute) {
		PreviewRateLimit limit = new PreviewRateLimit(new PreviewProperties(requestsPerMinute));
		HandlerMethod preview = previewHandler();
		try {
			for (int i = 0; i <= requestsPerMinute; i++) {
				limit.preHandle(request("203.0.113.9"), new MockHttpServletResponse(), preview);
			}
		}
		catch (PreviewRateLimitExceededException ex) {
			return ex.retryAfterSeconds();
		}
		throw new AssertionError("never limited");
	}

	private static HandlerMethod previewHandler() {
		try {
			return new HandlerMethod(new PlanPreviewController(Clock.systemUTC()),
					PlanPreviewController.class.getDeclaredMethod("preview", PlanPreviewRequest.class));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockHttpServletRequest request(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", PlanPreviewController.PATH);
		request.setRemoteAddr(address);
		return request;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PreviewProperties.class)
	@Import(PreviewRateLimit.class)
	static class RateLimitOnly {

	}

}
