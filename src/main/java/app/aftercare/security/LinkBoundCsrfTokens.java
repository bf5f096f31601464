package app.aftercare.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token of the forms behind a patient link: an HMAC of the link's token, keyed
 * with the link secret. It needs no cookie and no session, and it is the same on every
 * open of one link, so the page can be rendered once and served many times.
 * <p>
 * Why that is enough: the patient side has no ambient authority — no login, no cookie —
 * so a check-in sent from the patient's browser is worth no more than one sent from
 * anywhere else, and both need the link's token, which is the capability itself. What the
 * token still stops is a form posted blind, without the page (or with the page of another
 * link): only the holder of the link learns its form token, and a token of one link is
 * refused on every other.
 */
final class LinkBoundCsrfTokens implements CsrfTokenRepository {

	private static final String PARAMETER = "_csrf";

	private static final String HEADER = "X-CSRF-TOKEN";

	private static final String PREFIX = "/p/";

	private final LinkSecret secret;

	LinkBoundCsrfTokens(LinkSecret secret) {
		this.secret = secret;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return new DefaultCsrfToken(HEADER, PARAMETER, this.secret.formToken(linkToken(request)));
	}

	/**
	 * Nothing to store: the token is derived again on every request.
	 */
	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return generateToken(request);
	}

	/**
	 * The path segment after {@code /p/}, as sent (still percent-encoded): the link's
	 * token on every page behind a link.
	 */
	static String linkToken(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(PREFIX)) {
			return "";
		}
		int end = path.indexOf('/', PREFIX.length());
		return path.substring(PREFIX.length(), (end < 0) ? path.length() : end);
	}

}
