package app.aftercare.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import app.aftercare.web.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after repeated failures for one account or from one address,
 * further login attempts get 429 until the allowance refills (minutes, never forever).
 */
@Component
public class LoginThrottle {

	private static final Logger logger = LoggerFactory.getLogger(LoginThrottle.class);

	private final RateLimiter failuresByAccount = new RateLimiter(5, Duration.ofMinutes(5));

	private final RateLimiter failuresByAddress = new RateLimiter(20, Duration.ofMinutes(5));

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String account = accountKey(String.valueOf(event.getAuthentication().getName()));
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		this.failuresByAccount.tryAcquire(account);
		this.failuresByAddress.tryAcquire(address);
		logger.warn("Failed login from {}", address);
	}

	boolean isThrottled(HttpServletRequest request) {
		String email = request.getParameter("email");
		return this.failuresByAddress.isExhausted(request.getRemoteAddr())
				|| (email != null && this.failuresByAccount.isExhausted(accountKey(email)));
	}

	private static String accountKey(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Answers 429 to a login attempt that is over its allowance.
	 */
	static class Filter extends OncePerRequestFilter {

		private static final RequestMatcher LOGIN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login");

		private final LoginThrottle throttle;

		Filter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !LOGIN.matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.throttle.isThrottled(request)) {
				LoginThrottle.logger.warn("Login attempt throttled from {}", request.getRemoteAddr());
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
