package app.aftercare.dashboard;

import app.aftercare.security.StaffPrincipal;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.web.PageModels;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the clinic's open-alert count in the model of every staff page it renders, so the
 * top bar tells whoever is on any page that a patient needs them. Redirects and bodies
 * written directly skip the count query.
 */
@Configuration(proxyBeanMethods = false)
class OpenAlertCount implements WebMvcConfigurer {

	static final String ATTRIBUTE = "openAlertCount";

	private final TreatmentService treatments;

	OpenAlertCount(TreatmentService treatments) {
		this.treatments = treatments;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).excludePathPatterns("/p/**", "/api/**");
	}

	private class Interceptor implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (!PageModels.isPage(modelAndView) || modelAndView.getModel().containsKey(ATTRIBUTE)) {
				return;
			}
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal me)) {
				return;
			}
			try {
				modelAndView.addObject(ATTRIBUTE, OpenAlertCount.this.treatments.openAlertCount(me.clinicId()));
			}
			catch (DataAccessException ex) {
				// the page still renders (the 503 page among them) without the count
			}
		}

	}

}
