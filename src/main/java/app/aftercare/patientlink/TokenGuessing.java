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
	 * The throttle's key of the address asking: {@link PatientPageService#find} reads its
	 * count with the link.
	 */
	Throttles.Key key(HttpServletRequest request) {
		return MISSES.key(request.getRemoteAddr());
	}

	/**
	 * @throws TooManyRequestsException when the address has no tries left
	 */
	void checkAllowed(HttpServletRequest request) {
		checkAllowed(key(request));
	}

	/**
	 * @throws TooManyRequestsException when the key has no tries left
	 */
	void checkAllowed(Throttles.Key key) {
		if (!this.throttles.exhausted(key).isEmpty()) {
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
