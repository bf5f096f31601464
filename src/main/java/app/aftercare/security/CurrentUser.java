package app.aftercare.security;

import app.aftercare.web.PageModels;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the signed-in staff member in the model of every page rendered for them, as
 * {@code me}, for the layout ({@link PageModels}). Pages rendered for nobody signed in
 * (the login page) have no {@code me}, and the patient's side never asks.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUser implements WebMvcConfigurer {

	static final String ATTRIBUTE = "me";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).excludePathPatterns("/p/**", "/api/**");
	}

	private static final class Interceptor implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (!PageModels.isPage(modelAndView)) {
				return;
			}
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me) {
				modelAndView.addObject(ATTRIBUTE, me);
			}
		}

	}

}
