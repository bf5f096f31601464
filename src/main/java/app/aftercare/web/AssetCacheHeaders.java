package app.aftercare.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.channels.ReadableByteChannel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The cache headers of a static file, by the name it was asked for. Under its
 * content-hashed name ({@code app-<md5>.css}, resolved by the
 * {@code VersionResourceResolver} after this one) it can never show other content:
 * browsers and proxies keep it a year and never ask again. Under its plain name
 * ({@code app.css}) it may change with the next release: it is revalidated on every use,
 * against an ETag that is the same md5.
 * <p>
 * It sits right after the resource chain's cache, so a file is read and hashed once per
 * path. A 404 (no such file, or a hash that is not the file's) gets none of this, and a
 * 304 repeats no Cache-Control (what the browser stored stays). A stylesheet that links
 * other files ({@code url(...)}, {@code @import}) would be rewritten by Spring's
 * {@code CssLinkResourceTransformer} into a resource without these headers, so served
 * {@code no-store}: {@code StaticAssetsTest} checks every stylesheet's headers.
 */
final class AssetCacheHeaders extends AbstractResourceResolver {

	static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl PLAIN = CacheControl.noCache();

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		if (resource == null) {
			return null;
		}
		boolean hashed = !Objects.equals(StringUtils.getFilename(requestPath), resource.getFilename());
		return new Asset(resource, hashed ? HASHED : PLAIN);
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourceUrlPath, locations);
	}

	/**
	 * The ETag the resource handler checks {@code If-None-Match} against.
	 */
	static String etag(Resource resource) {
		return (resource instanceof Asset asset) ? asset.headers.getETag() : null;
	}

	/**
	 * A static file with its response headers. Equal only to itself: the resource chain
	 * caches by resource, and the same file under its plain and its hashed name must keep
	 * its own headers.
	 */
	private static final class Asset extends AbstractResource implements HttpResource {

		private final Resource file;

		private final HttpHeaders headers = new HttpHeaders();

		Asset(Resource file, CacheControl cacheControl) {
			this.file = file;
			if (file instanceof HttpResource http) {
				this.headers.putAll(http.getResponseHeaders());
			}
			this.headers.setCacheControl(cacheControl);
			this.headers.setETag("\"" + md5(file) + "\"");
		}

		private static String md5(Resource file) {
			try (InputStream in = file.getInputStream()) {
				return DigestUtils.md5DigestAsHex(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			return this.headers;
		}

		@Override
		public boolean exists() {
			return this.file.exists();
		}

		@Override
		public boolean isReadable() {
			return this.file.isReadable();
		}

		@Override
		public boolean isOpen() {
			return this.file.isOpen();
		}

		@Override
		public boolean isFile() {
			return this.file.isFile();
		}

		@Override
		public URL getURL() throws IOException {
			return this.file.getURL();
		}

		@Override
		public URI getURI() throws IOException {
			return this.file.getURI();
		}

		@Override
		public File getFile() throws IOException {
			return this.file.getFile();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return this.file.getInputStream();
		}

		@Override
		public ReadableByteChannel readableChannel() throws IOException {
			return this.file.readableChannel();
		}

		@Override
		public byte[] getContentAsByteArray() throws IOException {
			return this.file.getContentAsByteArray();
		}

		@Override
		public long contentLength() throws IOException {
			return this.file.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			return this.file.lastModified();
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return this.file.createRelative(relativePath);
		}

		@Override
		public String getFilename() {
			return this.file.getFilename();
		}

		@Override
		public String getDescription() {
			return this.file.getDescription();
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

}
