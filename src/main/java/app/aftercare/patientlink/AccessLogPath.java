package app.aftercare.patientlink;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What an access log may write of a request: its path with any link token (a patient's
 * link, a staff member's password-reset link) replaced by {@code ***}, and no query
 * string (search terms are names). The access log pattern in {@code application.yml}
 * reads it as {@code %{aftercare.logPath}r}.
 */
class AccessLogPath extends OncePerRequestFilter {

	static final String ATTRIBUTE = "aftercare.logPath";

	private static final String[] TOKEN_PREFIXES = { "/p/", "/password-reset/" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String pathInfo = request.getPathInfo();
		request.setAttribute(ATTRIBUTE, masked(request.getServletPath() + ((pathInfo != null) ? pathInfo : "")));
		chain.doFilter(request, response);
	}

	/**
	 * {@code /p/<token>/...} becomes {@code /p/***}/..., {@code /password-reset/<token>}
	 * becomes {@code /password-reset/***}; other paths stay as they are. Works on the
	 * decoded path, so that {@code /%70/<token>} is masked too.
	 */
	static String masked(String path) {
		for (String prefix : TOKEN_PREFIXES) {
			if (path.startsWith(prefix)) {
				int end = path.indexOf('/', prefix.length());
				return prefix + "***" + ((end < 0) ? "" : path.substring(end));
			}
		}
		return path;
	}

}
