package app.aftercare.support;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} from request to request now
 * that sessions live in PostgreSQL (Spring Session), which knows a session by its cookie
 * only: the session cookie a response sets is kept in the request's mock session and sent
 * again with every request that carries that mock session, as a browser would.
 */
class MockSessionCarriesSessionCookie implements MockMvcBuilderCustomizer {

	static final String COOKIE = "AFTERCARE_SESSION";

	private static final String ATTRIBUTE = MockSessionCarriesSessionCookie.class.getName();

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.defaultRequest(get("/").with(MockSessionCarriesSessionCookie::sendCookie));
		builder.addFilters(new FlashAttributesIntoTheSession());
		builder.alwaysDo((result) -> {
			for (String header : result.getResponse().getHeaders("Set-Cookie")) {
				if (header.startsWith(COOKIE + "=")) {
					String value = header.substring(COOKIE.length() + 1, header.indexOf(';'));
					HttpSession session = result.getRequest().getSession();
					if (value.isEmpty() || header.contains("Max-Age=0")) {
						session.removeAttribute(ATTRIBUTE);
					}
					else {
						session.setAttribute(ATTRIBUTE, value);
					}
				}
			}
		});
	}

	private static MockHttpServletRequest sendCookie(MockHttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(FLASH_MAPS) != null) {
			request.setAttribute(FLASH_MAPS, session.getAttribute(FLASH_MAPS));
			session.removeAttribute(FLASH_MAPS);
		}
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof String id && !hasSessionCookie(request)) {
			Cookie[] cookies = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
			Cookie[] all = java.util.Arrays.copyOf(cookies, cookies.length + 1);
			all[cookies.length] = new Cookie(COOKIE, id);
			request.setCookies(all);
		}
		return request;
	}

	/**
	 * Puts the flash attributes a test gave with {@code flashAttrs}, which MockMvc saves
	 * in the mock session, into the application's session, where the page looks for them.
	 * Runs after every filter of the application, so after Spring Session's.
	 */
	private static final class FlashAttributesIntoTheSession extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			// MockMvc commits a response after 4 KB. Spring Security Test's csrf() leaves
			// a
			// session-based CSRF repository behind in the filter it touched, also on /p/,
			// which
			// may then create a session in the middle of a page: Spring Session refuses
			// that
			// once the response is committed (a real server never gets there: /p/ keeps
			// its
			// token in a cookie).
			response.setBufferSize(1 << 20);
			Object flashMaps = request.getAttribute(FLASH_MAPS);
			if (flashMaps != null) {
				request.getSession().setAttribute(FLASH_MAPS, flashMaps);
			}
			chain.doFilter(request, response);
		}

	}

	private static boolean hasSessionCookie(MockHttpServletRequest request) {
		if (request.getCookies() == null) {
			return false;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
