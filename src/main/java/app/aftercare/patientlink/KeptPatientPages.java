package app.aftercare.patientlink;

import java.io.IOException;
import java.util.Optional;

import app.aftercare.web.SubmitOnce;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Answers an open of a patient page whose bytes are kept ({@link RenderedPages}) without
 * going through Spring MVC: the same lookup, the same model, the same bytes and headers
 * as {@link PatientPageController#page}, which renders every page this cannot answer.
 * Runs after the security filters, so the page gets the same security headers.
 * <p>
 * Why: most opens of a page find its bytes kept, and then the dispatch itself (finding
 * the handler among every mapping, preparing and invoking it, resolving its arguments)
 * was the larger part of the page's cost (issue 14). Anything else — a token leading
 * nowhere, a throttled address, a database outage, a page not rendered yet, a HEAD — goes
 * on to the controller, which uses the lookup's answer rather than asking again
 * ({@link PatientPageModel#lookUp}).
 */
class KeptPatientPages extends OncePerRequestFilter {

	static final String URL_PATTERN = "/p/*";

	private final PatientPageModel pageModel;

	private final PatientPageService pages;

	private final RenderedPages rendered;

	KeptPatientPages(PatientPageModel pageModel, PatientPageService pages, RenderedPages rendered) {
		this.pageModel = pageModel;
		this.pages = pages;
		this.rendered = rendered;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = pageToken(request);
		if (token == null || !answered(token, request, response)) {
			chain.doFilter(request, response);
		}
	}

	private boolean answered(String token, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Optional<PatientPage> page;
		try {
			page = this.pageModel.lookUp(token, request);
		}
		catch (RuntimeException ex) {
			return false; // kept for the controller, which answers with the error page
		}
		if (page.isEmpty()) {
			return false;
		}
		ExtendedModelMap model = new ExtendedModelMap();
		String view = this.pageModel.showOpened(page.get(), token, model, request, response);
		if (!this.rendered.writeIfKept(view, page.get().locale(), model, SubmitOnce.keyFor(request), response,
				PatientPageModel.CHECK_IN_FORM)) {
			return false;
		}
		this.pages.opened(token);
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(PatientPageController.PAGE));
		return true;
	}

	/**
	 * The token of a {@code GET /p/{token}}, or null for any other request (a token that
	 * could not be one included: the controller turns it away).
	 */
	private static String pageToken(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/p/")) {
			return null;
		}
		String token = path.substring(3);
		return LinkTokens.isWellFormed(token) ? token : null;
	}

}
