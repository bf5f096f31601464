package app.aftercare.web;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files (stylesheets, scripts, the favicon, the htmx webjar) under content-hashed
 * names: templates link {@code @{/css/app.css}} as before, pages say
 * {@code /css/app-<md5 of the file>.css} ({@link AssetLinks}), and that name is cached by
 * browsers and proxies for a year without a second request ({@link AssetCacheHeaders}). A
 * new release with another file gives another name. The plain name keeps working (old
 * cached pages, bookmarks, {@code robots.txt}) and is revalidated on every use.
 * <p>
 * These handlers replace Boot's ({@code spring.web.resources.add-mappings: false}): the
 * same paths and locations, with a resource chain whose cache makes each file resolved
 * and hashed once.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	private final String[] staticLocations;

	StaticAssets(WebProperties web) {
		this.staticLocations = web.getResources().getStaticLocations();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		hashed(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/"));
		hashed(registry.addResourceHandler("/**").addResourceLocations(this.staticLocations));
	}

	private static void hashed(ResourceHandlerRegistration registration) {
		registration.setEtagGenerator(AssetCacheHeaders::etag)
			.resourceChain(true)
			.addResolver(new AssetCacheHeaders())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Bean
	AssetLinks assetLinks(ObjectProvider<ResourceUrlProvider> resourceUrls) {
		return new AssetLinks(resourceUrls::getObject);
	}

	/**
	 * On error pages too: they are rendered in an error dispatch, with the response the
	 * container holds rather than the one wrapped for the request.
	 */
	@Bean
	FilterRegistrationBean<AssetLinks.Filter> assetLinksFilter(AssetLinks links) {
		FilterRegistrationBean<AssetLinks.Filter> registration = new FilterRegistrationBean<>(
				new AssetLinks.Filter(links));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
