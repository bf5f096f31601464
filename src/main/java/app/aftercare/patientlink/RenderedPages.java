package app.aftercare.patientlink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.aftercare.web.SubmitOnce;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages rendered once and served many times. A page here is a pure function of its model
 * and its language: the same model gives the same bytes, so they are kept (in memory, up
 * to {@code aftercare.patient-page.rendered-bytes}) under a key made of the model's
 * values and the locale. Whatever changes what the page shows changes a value of its
 * model and so the key: there is nothing to expire or to tell other instances.
 * <p>
 * Two rules keep that true. Every model attribute of such a page has value equality
 * (records, strings, enums, lists of them): an attribute without it only costs hits,
 * never shows a stale page. And what must differ on every open is not rendered into the
 * kept bytes: the form's one-time {@link SubmitOnce submission key} is rendered as a
 * marker and written in at each answer. (The page's CSRF token is bound to the link, so
 * it is part of the page like the link itself.)
 */
@Component
class RenderedPages {

	/**
	 * Stands for the submission key in the kept bytes: random per start, so no text a
	 * page shows (a name typed by staff) can contain it, and nothing in a page escapes
	 * it.
	 */
	private static final String MARKER = "submission-" + UUID.randomUUID();

	private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.UTF_8);

	private static final String CONTENT_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	private final ThymeleafViewResolver views;

	private final Cache<Key, Rendered> rendered;

	RenderedPages(ThymeleafViewResolver views,
			@Value("${aftercare.patient-page.rendered-bytes:16000000}") long maximumBytes) {
		this.views = views;
		this.rendered = Caffeine.newBuilder()
			.maximumWeight(maximumBytes)
			.weigher((Key key, Rendered page) -> page.length())
			.expireAfterAccess(Duration.ofHours(1))
			.build();
	}

	/**
	 * The view {@code viewName} for this model, rendered only when no equal model was
	 * rendered before.
	 * @param viewName the template
	 * @param locale the page's language
	 * @param model what the page shows; every attribute but the submission key is part of
	 * the key, so those named in {@code blank} are left out — attributes the template
	 * needs but that are the same on every such page (an empty form)
	 */
	View view(String viewName, Locale locale, Map<String, Object> model, String... blank) {
		return new KeptView(key(viewName, locale, model, blank));
	}

	/**
	 * Writes the page of this model when it was rendered before, and says whether it did;
	 * the same bytes, headers and submission key as the {@link #view view} would write.
	 * @param submission the key for the page's form ({@link SubmitOnce#keyFor})
	 */
	boolean writeIfKept(String viewName, Locale locale, Map<String, Object> model, String submission,
			HttpServletResponse response, String... blank) throws IOException {
		Rendered page = this.rendered.getIfPresent(key(viewName, locale, model, blank));
		if (page == null) {
			return false;
		}
		page.writeTo(response, locale, submission);
		return true;
	}

	private static Key key(String viewName, Locale locale, Map<String, Object> model, String... blank) {
		Map<String, Object> values = new HashMap<>(model);
		values.remove(SubmitOnce.PARAMETER);
		Arrays.asList(blank).forEach(values::remove);
		return new Key(viewName, locale, values);
	}

	private Rendered renderOnce(Key key, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		View view = this.views.resolveViewName(key.viewName(), key.locale());
		Map<String, Object> marked = new HashMap<>(model);
		marked.put(SubmitOnce.PARAMETER, MARKER);
		ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
		view.render(marked, request, buffer);
		return Rendered.split(buffer.getContentAsByteArray());
	}

	/**
	 * What tells two renders apart: the template, the language, the model's values.
	 */
	private record Key(String viewName, Locale locale, Map<String, Object> values) {
	}

	/**
	 * A rendered page cut at the submission key's marker: {@code after} is null when the
	 * page has no form, and {@code before} is then the whole page.
	 */
	private record Rendered(byte[] before, byte[] after) {

		static Rendered split(byte[] page) {
			int at = indexOf(page, MARKER_BYTES, 0);
			if (at < 0) {
				return new Rendered(page, null);
			}
			if (indexOf(page, MARKER_BYTES, at + 1) >= 0) {
				throw new IllegalStateException("A kept page may hold one submission key, not several");
			}
			return new Rendered(Arrays.copyOf(page, at),
					Arrays.copyOfRange(page, at + MARKER_BYTES.length, page.length));
		}

		int length() {
			return this.before.length + ((this.after != null) ? this.after.length : 0);
		}

		/**
		 * Answers with this page, as Spring MVC would answer with its view: content type,
		 * language ({@code Content-Language}) and length, then the bytes with the form's
		 * key written in.
		 */
		void writeTo(HttpServletResponse response, Locale locale, String submission) throws IOException {
			byte[] key = (this.after != null) ? submission.getBytes(StandardCharsets.US_ASCII) : new byte[0];
			response.setContentType(CONTENT_TYPE);
			response.setLocale(locale);
			response.setContentLength(length() + key.length);
			OutputStream out = response.getOutputStream();
			out.write(this.before);
			if (this.after != null) {
				out.write(key);
				out.write(this.after);
			}
		}

		private static int indexOf(byte[] page, byte[] part, int from) {
			outer: for (int i = from; i <= page.length - part.length; i++) {
				for (int j = 0; j < part.length; j++) {
					if (page[i + j] != part[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

	private final class KeptView implements View {

		private final Key key;

		KeptView(Key key) {
			this.key = key;
		}

		@Override
		public String getContentType() {
			return CONTENT_TYPE;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Rendered page = RenderedPages.this.rendered.getIfPresent(this.key);
			if (page == null) {
				page = renderOnce(this.key, model, request, response);
				RenderedPages.this.rendered.put(this.key, page);
			}
			page.writeTo(response, this.key.locale(), String.valueOf(model.get(SubmitOnce.PARAMETER)));
		}

	}

}
