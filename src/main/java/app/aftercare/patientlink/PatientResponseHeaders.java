package app.aftercare.patientlink;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer under {@code /p/} — the page, the check-in, the calendar, the 404 — is
 * private to whoever holds the link: never sent on as a referrer, never stored by a
 * cache, never indexed. Set before anything else runs; Spring Security's header writers
 * leave headers that are already there alone.
 */
class PatientResponseHeaders extends OncePerRequestFilter {

	static final String URL_PATTERN = "/p/*";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		chain.doFilter(request, response);
	}

}
