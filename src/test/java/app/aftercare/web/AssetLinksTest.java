package app.aftercare.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.mock.web.MockServletContext;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a page's link to a static file becomes its hashed name: from the file's content,
 * looked up once per path, and never for a link to a page.
 */
class AssetLinksTest {

	@TempDir
	Path release;

	@Test
	void theNameFollowsTheContentSoAChangedFileGetsAnotherName() throws Exception {
		String first = linksOfRelease("body { color: black; }").link("/css/app.css");
		assertThat(first).isEqualTo("/css/app-" + md5("body { color: black; }") + ".css");

		String next = linksOfRelease("body { color: navy; }").link("/css/app.css");
		assertThat(next).isEqualTo("/css/app-" + md5("body { color: navy; }") + ".css").isNotEqualTo(first);
	}

	@Test
	void eachStaticFileIsLookedUpOnceAndAPageLinkNever() throws Exception {
		ResourceUrlProvider provider = provider("body { color: black; }");
		AtomicInteger lookups = new AtomicInteger();
		AssetLinks links = new AssetLinks(() -> {
			lookups.incrementAndGet();
			return provider;
		});

		String hashed = "/css/app-" + md5("body { color: black; }") + ".css";
		for (int i = 0; i < 3; i++) {
			assertThat(links.link("/css/app.css")).isEqualTo(hashed);
		}
		assertThat(lookups).hasValue(1);

		assertThat(links.link("/css/missing.css")).isEqualTo("/css/missing.css");
		assertThat(links.link("/css/missing.css")).isEqualTo("/css/missing.css");
		assertThat(lookups).hasValue(2);

		for (String page : new String[] { "/", "/patients/12", "/treatments/7/aftercare.pdf",
				"/p/aB3-token_x/calendar.ics", "/p/aB3-token_x/check-in", "/css" }) {
			assertThat(links.link(page)).isEqualTo(page);
		}
		assertThat(lookups).hasValue(2);
	}

	@Test
	void aPageRenderedBeforeTheResourceHandlersAreKnownLinksThePlainNameAndDoesNotKeepIt() throws Exception {
		AtomicReference<ResourceUrlProvider> provider = new AtomicReference<>(new ResourceUrlProvider());
		AssetLinks links = new AssetLinks(provider::get);
		assertThat(links.link("/css/app.css")).isEqualTo("/css/app.css");

		provider.set(provider("body { color: black; }"));
		assertThat(links.link("/css/app.css")).isEqualTo("/css/app-" + md5("body { color: black; }") + ".css");
	}

	@Test
	void aLinkKeepsItsContextPathQueryAndFragment() throws Exception {
		ResourceUrlProvider provider = provider("body { color: black; }");
		AssetLinks links = new AssetLinks(() -> provider);
		String hash = md5("body { color: black; }");
		assertThat(links.encode("", "/css/app.css")).isEqualTo("/css/app-" + hash + ".css");
		assertThat(links.encode("/clinic", "/clinic/css/app.css?v=1#top"))
			.isEqualTo("/clinic/css/app-" + hash + ".css?v=1#top");
		assertThat(links.encode("", "https://example.org/css/app.css")).isEqualTo("https://example.org/css/app.css");
		assertThat(links.encode("", "#main")).isEqualTo("#main");
	}

	private AssetLinks linksOfRelease(String css) throws Exception {
		ResourceUrlProvider provider = provider(css);
		return new AssetLinks(() -> provider);
	}

	/**
	 * The application's resource handlers (web.StaticAssets) over a static folder of this
	 * test's.
	 */
	private ResourceUrlProvider provider(String css) throws Exception {
		Files.createDirectories(this.release.resolve("css"));
		Files.writeString(this.release.resolve("css/app.css"), css, StandardCharsets.UTF_8);
		WebProperties web = new WebProperties();
		web.getResources().setStaticLocations(new String[] { this.release.toUri().toString() });
		Registry registry = new Registry();
		new StaticAssets(web).addResourceHandlers(registry);
		ResourceUrlProvider provider = new ResourceUrlProvider();
		provider.setHandlerMap(registry.handlers());
		return provider;
	}

	private static String md5(String content) {
		return DigestUtils.md5DigestAsHex(content.getBytes(StandardCharsets.UTF_8));
	}

	private static final class Registry extends ResourceHandlerRegistry {

		Registry() {
			super(new GenericWebApplicationContext(), new MockServletContext());
		}

		Map<String, ResourceHttpRequestHandler> handlers() {
			Map<String, ResourceHttpRequestHandler> handlers = new LinkedHashMap<>();
			((SimpleUrlHandlerMapping) getHandlerMapping()).getUrlMap()
				.forEach((pattern, handler) -> handlers.put(pattern, (ResourceHttpRequestHandler) handler));
			return handlers;
		}

	}

}
