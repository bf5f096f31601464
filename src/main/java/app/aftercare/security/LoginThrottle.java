package app.aftercare.security;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import app.aftercare.web.Throttles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing, counted in PostgreSQL so that every instance shares the count
 * (QUALITY 2, 29). Within a window of {@value #WINDOW_MINUTES} minutes that opens at the
 * first failure:
 * <ul>
 * <li>one account from one address gets {@value #PER_ACCOUNT_AND_ADDRESS} failures: the
 * limit a guesser meets first;</li>
 * <li>one address gets {@value #PER_ADDRESS} failures over all accounts: high enough that
 * a clinic whose staff all come through one proxy or router is not locked out by a few
 * mistyped passwords, low enough to stop one address trying many accounts;</li>
 * <li>one account gets {@value #PER_ACCOUNT} failures over all addresses, a ceiling
 * against guessing from many addresses. It never blocks an address the account logged in
 * from within {@value #USUAL_ADDRESS_DAYS} days (from the audit trail), so an attacker
 * elsewhere cannot lock the real user out at their usual desk.</li>
 * </ul>
 * Windows expire, so no lock-out is permanent. A good login writes nothing here.
 */
@Component
public class LoginThrottle {

	static final int WINDOW_MINUTES = 15;

	static final int PER_ACCOUNT_AND_ADDRESS = 5;

	static final int PER_ADDRESS = 100;

	static final int PER_ACCOUNT = 50;

	static final int USUAL_ADDRESS_DAYS = 60;

	private static final Logger logger = LoggerFactory.getLogger(LoginThrottle.class);

	private static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);

	static final Throttles.Limit ACCOUNT_AND_ADDRESS = new Throttles.Limit("login-account-address",
			PER_ACCOUNT_AND_ADDRESS, WINDOW);

	static final Throttles.Limit ADDRESS = new Throttles.Limit("login-address", PER_ADDRESS, WINDOW);

	static final Throttles.Limit ACCOUNT = new Throttles.Limit("login-account", PER_ACCOUNT, WINDOW);

	private final Throttles throttles;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(Throttles throttles, JdbcTemplate jdbc, Clock clock) {
		this.throttles = throttles;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String account = accountKey(String.valueOf(event.getAuthentication().getName()));
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		this.throttles.fail(keys(account, address));
		logger.warn("Failed login from {}", address);
	}

	boolean isThrottled(HttpServletRequest request) {
		String email = request.getParameter("email");
		String address = request.getRemoteAddr();
		Set<Throttles.Key> exhausted = this.throttles.exhausted(keys(accountKey(email), address));
		for (Throttles.Key key : exhausted) {
			if (key.limit() != ACCOUNT || !isUsualAddress(email, address)) {
				this.throttles.refused(key.limit());
				return true;
			}
		}
		return false;
	}

	private static Throttles.Key[] keys(String account, String address) {
		return new Throttles.Key[] { ACCOUNT_AND_ADDRESS.key(account + " " + address), ADDRESS.key(address),
				ACCOUNT.key(account) };
	}

	/**
	 * Whether the account logged in successfully from the address lately: asked only when
	 * the account's ceiling is reached, so it costs nothing otherwise.
	 */
	private boolean isUsualAddress(String email, String address) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from audit_event where action = 'LOGIN' and lower(actor) = ? "
						+ "and remote_address = ? and occurred_at > ?)",
				Boolean.class, accountKey(email), address,
				Timestamp.from(this.clock.instant().minus(Duration.ofDays(USUAL_ADDRESS_DAYS)))));
	}

	private static String accountKey(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "";
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
