package app.aftercare.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request's parameters before anything else asks for them. Tomcat refuses a
 * query string or form body it cannot decode (bad percent-encoding, more parameters than
 * {@code server.tomcat.max-parameter-count}, a body over
 * {@code server.tomcat.max-http-form-post-size}) by throwing from whichever
 * {@code getParameter} call comes first — a security filter, a controller advice — which
 * used to surface as a 500 with a stack trace. Here it becomes the error page of a 400 or
 * 413, and the error page itself sees a request without parameters, so rendering it
 * cannot fail the same way. It sits in the security filter chains right after the header
 * writer, so the error page carries the security headers, and before anything that reads
 * a parameter (the CSRF check, the login throttle, the saved-request lookup).
 */
public class RequestParameters extends OncePerRequestFilter {

	private static final String REFUSED = RequestParameters.class.getName() + ".REFUSED";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpStatus refused = refusal(request);
		if (refused == null) {
			chain.doFilter(request, response);
		}
		else if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(new WithoutParameters(request), response);
		}
		else {
			request.setAttribute(REFUSED, refused);
			response.sendError(refused.value());
		}
	}

	/**
	 * The error page of a refused request is rendered for the same request, with the same
	 * undecodable parameters.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	private static HttpStatus refusal(HttpServletRequest request) {
		if (request.getAttribute(REFUSED) instanceof HttpStatus refused) {
			return refused;
		}
		try {
			request.getParameterMap();
			return null;
		}
		catch (InvalidParameterException ex) {
			HttpStatus status = HttpStatus.resolve(ex.getErrorCode());
			return (status != null && status.is4xxClientError()) ? status : HttpStatus.BAD_REQUEST;
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return HttpStatus.BAD_REQUEST;
		}
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

	}

}
