package app.aftercare.patientlink;

import java.time.Duration;

import app.aftercare.web.RateLimiter;
import app.aftercare.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Throttles token guessing: an address that tried {@value #MAX_MISSES} tokens leading
 * nowhere within a minute gets 429 for every patient link until the minute is over. Valid
 * tokens use up nothing.
 */
@Component
class TokenGuessing {

	static final int MAX_MISSES = 30;

	private final RateLimiter misses = RateLimiter.fixedWindow(MAX_MISSES, Duration.ofMinutes(1));

	/**
	 * @throws TooManyRequestsException when the address has no tries left
	 */
	void checkAllowed(HttpServletRequest request) {
		if (this.misses.isExhausted(request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
	}

	/**
	 * Counts a token that led nowhere.
	 * @return the exception that answers it
	 */
	RuntimeException miss(HttpServletRequest request) {
		if (!this.misses.tryAcquire(request.getRemoteAddr())) {
			return new TooManyRequestsException();
		}
		return new LinkNotFoundException();
	}

}
