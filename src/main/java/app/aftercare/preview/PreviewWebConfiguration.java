package app.aftercare.preview;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PreviewWebConfiguration implements WebMvcConfigurer {

	private final PreviewRateLimit rateLimit;

	PreviewWebConfiguration(PreviewRateLimit rateLimit) {
		this.rateLimit = rateLimit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.rateLimit).addPathPatterns(PlanPreviewController.PATH);
	}

}
