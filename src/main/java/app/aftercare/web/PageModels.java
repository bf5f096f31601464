package app.aftercare.web;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What interceptors that add to every page's model ({@code me}, the submission key, the
 * open-alert count) agree on: a page is a view about to be rendered, not a redirect and
 * not a body written by the handler itself.
 * <p>
 * Such attributes are added in {@code postHandle} rather than by {@code @ModelAttribute}
 * methods of a {@code @ControllerAdvice}: Spring MVC makes a new handler object for every
 * advice method on every request, whatever the handler, and that cost the patient page
 * and the preview API about a fifth of their time (issue 14).
 */
public final class PageModels {

	private PageModels() {
	}

	/**
	 * Whether this is a page about to be rendered.
	 * @param modelAndView what the handler returned, null when it wrote the body itself
	 */
	public static boolean isPage(ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getView() instanceof RedirectView) {
			return false;
		}
		String viewName = modelAndView.getViewName();
		return viewName == null || !viewName.startsWith("redirect:");
	}

}
