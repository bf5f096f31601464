package app.aftercare.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.DigestUtils;

/**
 * The names pages link static files by: {@code /css/app.css} is linked as
 * {@code /css/app-<md5 of the file>.css} (see {@code web.StaticAssets}).
 */
public final class StaticFiles {

	private StaticFiles() {
	}

	/**
	 * The content-hashed name of a file under {@code static/} or of a webjar's file
	 * ({@code /webjars/...}).
	 */
	public static String hashed(String path) {
		int dot = path.lastIndexOf('.');
		return path.substring(0, dot) + "-" + md5(path) + path.substring(dot);
	}

	/**
	 * The md5 of the file's content, as hex: its version and its ETag.
	 */
	public static String md5(String path) {
		String location = path.startsWith("/webjars/") ? "META-INF/resources" + path : "static" + path;
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			return DigestUtils.md5DigestAsHex(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
