package app.aftercare.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to static files as pages write them: {@code @{/css/app.css}} comes out as
 * {@code /css/app-<md5>.css}. Thymeleaf passes every link through
 * {@code response.encodeURL}, which {@link Filter} answers from here.
 * <p>
 * Spring's own {@code ResourceUrlEncodingFilter} asks {@link ResourceUrlProvider} for
 * every link of every page each time it is rendered — the page's own links included — and
 * each answer matches the path against every resource mapping and walks the resolver
 * chain, which for a page link probes each static location for a file that is not there
 * (spring-framework issue 34014). Here only links to static files (by their extension)
 * are looked up, each once: the files cannot change while the application runs, so the
 * answer is remembered. Links to pages, patient links included, are never looked up nor
 * remembered.
 */
class AssetLinks {

	/**
	 * What a static file a page links is named like; a page route never ends so.
	 */
	private static final Set<String> EXTENSIONS = Set.of("css", "js", "mjs", "map", "svg", "ico", "png", "jpg", "jpeg",
			"gif", "webp", "avif", "woff", "woff2");

	/**
	 * Far more than the files a template links: a page that built asset paths from data
	 * would still not make this grow without bound.
	 */
	private static final int MAX_REMEMBERED = 1_000;

	private final Supplier<ResourceUrlProvider> resourceUrls;

	private final Map<String, String> hashed = new ConcurrentHashMap<>();

	AssetLinks(Supplier<ResourceUrlProvider> resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	/**
	 * The link to use for a path of this application ({@code /css/app.css}, without the
	 * context path): the content-hashed name of a static file, else the path itself.
	 */
	String link(String path) {
		if (!isAsset(path)) {
			return path;
		}
		String link = this.hashed.get(path);
		if (link != null) {
			return link;
		}
		ResourceUrlProvider resourceUrls = this.resourceUrls.get();
		if (resourceUrls.getHandlerMap().isEmpty()) {
			// it learns the resource handlers when the context is refreshed, just after
			// the web server started: a page rendered before links the plain names
			return path;
		}
		link = Objects.requireNonNullElse(resourceUrls.getForLookupPath(path), path);
		if (this.hashed.size() < MAX_REMEMBERED) {
			this.hashed.put(path, link);
		}
		return link;
	}

	private static boolean isAsset(String path) {
		String extension = StringUtils.getFilenameExtension(path);
		return extension != null && path.startsWith("/") && EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT));
	}

	/**
	 * The link for a URL as a template wrote it, with the context path and maybe a query
	 * string or fragment.
	 */
	String encode(String contextPath, String url) {
		if (url == null || !url.startsWith(contextPath) || !url.startsWith("/", contextPath.length())) {
			return url;
		}
		int end = url.length();
		for (char separator : new char[] { '?', '#' }) {
			int at = url.indexOf(separator);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String path = url.substring(contextPath.length(), end);
		String link = link(path);
		return (link.equals(path)) ? url : contextPath + link + url.substring(end);
	}

	/**
	 * Gives each response an {@code encodeURL} that links static files by their hashed
	 * names.
	 */
	static final class Filter implements jakarta.servlet.Filter {

		private final AssetLinks links;

		Filter(AssetLinks links) {
			this.links = links;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
				chain.doFilter(request, new Linking(httpResponse, this.links, http.getContextPath()));
			}
			else {
				chain.doFilter(request, response);
			}
		}

	}

	private static final class Linking extends HttpServletResponseWrapper {

		private final AssetLinks links;

		private final String contextPath;

		Linking(HttpServletResponse response, AssetLinks links, String contextPath) {
			super(response);
			this.links = links;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(this.links.encode(this.contextPath, url));
		}

	}

}
