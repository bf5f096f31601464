package app.aftercare.preview;

import java.time.Duration;

import app.aftercare.web.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits previews per client address, before the body is read, so that malformed requests
 * count too. The address is the connection's: a forwarded-for header is not trusted here.
 */
@Component
class PreviewRateLimit implements HandlerInterceptor {

	private static final long SECONDS_PER_MINUTE = 60;

	private final RateLimiter limiter;

	private final long retryAfterSeconds;

	PreviewRateLimit(PreviewProperties properties) {
		this.limiter = new RateLimiter(properties.requestsPerMinute(), Duration.ofMinutes(1));
		// a token comes back every minute / limit, rounded up to whole seconds
		this.retryAfterSeconds = (SECONDS_PER_MINUTE + properties.requestsPerMinute() - 1)
				/ properties.requestsPerMinute();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.getBeanType() == PlanPreviewController.class
				&& !this.limiter.tryAcquire(request.getRemoteAddr())) {
			throw new PreviewRateLimitExceededException(this.retryAfterSeconds);
		}
		return true;
	}

}
