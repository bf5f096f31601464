package app.aftercare.patientlink;

import java.time.Duration;

import app.aftercare.web.Throttles;
import app.aftercare.web.TooManyRequestsException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Throttles token guessing: an address that tried {@value #MAX_MISSES} tokens leading
 * nowhere within a minute gets 429 for every patient link until the minute is over. The
 * count is shared by every instance on the database; valid tokens write nothing.
 */
@Component
class TokenGuessing {

	static final int MAX_MISSES = 30;

	static final Throttles.Limit MISSES = new Throttles.Limit("link-miss-address", MAX_MISSES, Duration.ofMinutes(1));

	private final Throttles throttles;

	private final MeterRegistry meters;

	TokenGuessing(Throttles throttles, MeterRegistry meters) {
		this.throttles = throttles;
		this.meters = meters;
	}

	/**
	 * @throws TooManyRequestsException when the address has no tries left
	 */
	void checkAllowed(HttpServletRequest request) {
		if (!this.throttles.exhausted(MISSES.key(request.getRemoteAddr())).isEmpty()) {
			this.throttles.refused(MISSES);
			throw new TooManyRequestsException();
		}
	}

	/**
	 * Counts a token that led nowhere; the next {@link #checkAllowed} of the address sees
	 * it.
	 * @return the exception that answers it
	 */
	RuntimeException miss(HttpServletRequest request) {
		this.meters.counter("aftercare.link.misses").increment();
		this.throttles.fail(MISSES.key(request.getRemoteAddr()));
		return new LinkNotFoundException();
	}

}
