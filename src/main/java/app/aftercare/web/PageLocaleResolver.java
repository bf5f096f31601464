package app.aftercare.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a page: the best of English and Spanish for the browser's
 * Accept-Language, unless the handler chose one for this request with {@link #setLocale}
 * — as the patient page does with the patient's preferred language, whatever the browser
 * says.
 */
class PageLocaleResolver extends AcceptHeaderLocaleResolver {

	private static final String CHOSEN = PageLocaleResolver.class.getName() + ".CHOSEN";

	PageLocaleResolver() {
		setSupportedLocales(List.of(Locale.ENGLISH, Locale.forLanguageTag("es")));
		setDefaultLocale(Locale.ENGLISH);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return (request.getAttribute(CHOSEN) instanceof Locale chosen) ? chosen : super.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale != null) {
			request.setAttribute(CHOSEN, locale);
		}
		else {
			request.removeAttribute(CHOSEN);
		}
	}

}
