package app.aftercare.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on an error page whose request never passed Spring Security's
 * header writer: one its firewall refused ({@code //x}, an encoded dot segment), which
 * then reaches the error page directly. Spring Security writes no headers on an error
 * dispatch; headers already set by the refused request are kept. Error pages are never
 * cached and never sent on as a referrer (the refused path may hold a patient's link).
 */
class ErrorResponseHeaders extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getDispatcherType() != DispatcherType.ERROR;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		setIfAbsent(response, "Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		setIfAbsent(response, "X-Content-Type-Options", "nosniff");
		setIfAbsent(response, "X-Frame-Options", "DENY");
		setIfAbsent(response, "Referrer-Policy", "no-referrer");
		setIfAbsent(response, "Cache-Control", "no-store");
		chain.doFilter(request, response);
	}

	private static void setIfAbsent(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
