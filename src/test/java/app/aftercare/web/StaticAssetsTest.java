package app.aftercare.web;

import app.aftercare.support.IntegrationTest;
import app.aftercare.support.StaticFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 14: pages link static files by content-hashed names, cached for a year; the plain
 * names keep working, revalidated on every use.
 */
@IntegrationTest
class StaticAssetsTest {

	static final String IMMUTABLE = "max-age=31536000, public, immutable";

	@Autowired
	MockMvc mvc;

	@Test
	void staffAndPatientPagesLinkEveryStaticFileByItsHashedName() throws Exception {
		assertThat(answer(get("/setup")).getContentAsString())
			.contains("href=\"" + StaticFiles.hashed("/css/app.css") + "\"",
					"href=\"" + StaticFiles.hashed("/favicon.svg") + "\"",
					"src=\"" + StaticFiles.hashed("/js/forms.js") + "\"",
					"src=\"" + StaticFiles.hashed("/js/time-zone.js") + "\"")
			.doesNotContain("\"/css/app.css\"", "\"/favicon.svg\"", "\"/js/forms.js\"", "\"/js/time-zone.js\"");
		MockHttpServletResponse patient = answer(get("/p/no-such-link"));
		assertThat(patient.getStatus()).isEqualTo(404);
		assertThat(patient.getContentAsString()).contains(StaticFiles.hashed("/css/app.css"),
				StaticFiles.hashed("/css/patient.css"));
		assertThat(patient.getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void aHashedNameServesTheFileForAYearWithTheSecurityHeadersAndNoSignIn() throws Exception {
		for (String path : new String[] { "/css/app.css", "/css/patient.css", "/css/sheet.css", "/js/forms.js",
				"/favicon.svg", "/webjars/htmx.org/2.0.10/dist/htmx.min.js" }) {
			MockHttpServletResponse file = answer(get(StaticFiles.hashed(path)));
			assertThat(file.getStatus()).as(path).isEqualTo(200);
			assertThat(file.getContentAsByteArray()).as(path).isEqualTo(content(path));
			assertThat(file.getHeader("Cache-Control")).as(path).isEqualTo(IMMUTABLE);
			assertThat(file.getHeader("ETag")).as(path).isEqualTo("\"" + StaticFiles.md5(path) + "\"");
			assertThat(file.getHeader("Pragma")).as(path).isNull();
			assertHardened(file);
		}
		assertThat(answer(get(StaticFiles.hashed("/css/app.css"))).getContentType()).startsWith("text/css");
	}

	@Test
	void thePlainNameStillAnswersAndIsRevalidatedAgainstTheSameHash() throws Exception {
		MockHttpServletResponse plain = answer(get("/css/app.css"));
		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(plain.getContentAsByteArray()).isEqualTo(content("/css/app.css"));
		assertThat(plain.getHeader("Cache-Control")).isEqualTo("no-cache");
		String etag = "\"" + StaticFiles.md5("/css/app.css") + "\"";
		assertThat(plain.getHeader("ETag")).isEqualTo(etag);
		assertHardened(plain);

		MockHttpServletResponse unchanged = answer(get("/css/app.css").header("If-None-Match", etag));
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentLength()).isZero();
		assertThat(answer(get("/css/app.css").header("If-None-Match", "\"an old one\"")).getStatus()).isEqualTo(200);

		for (String path : new String[] { "/robots.txt", "/favicon.ico", "/favicon.svg", "/js/preview.js",
				"/webjars/htmx.org/2.0.10/dist/htmx.min.js" }) {
			MockHttpServletResponse file = answer(get(path));
			assertThat(file.getStatus()).as(path).isEqualTo(200);
			assertThat(file.getHeader("Cache-Control")).as(path).isEqualTo("no-cache");
		}
	}

	@Test
	void aHashThatIsNotTheFilesOrAFileThatIsNotThereIsA404ThatIsNotCached() throws Exception {
		String otherFilesHash = StaticFiles.md5("/css/patient.css");
		for (String path : new String[] { "/css/app-0123456789abcdef0123456789abcdef.css",
				"/css/app-" + otherFilesHash + ".css", "/css/nothing-" + StaticFiles.md5("/css/app.css") + ".css",
				"/css/nothing.css", "/webjars/htmx.org/2.0.10/dist/htmx.min-" + otherFilesHash + ".js" }) {
			MockHttpServletResponse missing = answer(get(path));
			assertThat(missing.getStatus()).as(path).isEqualTo(404);
			assertThat(missing.getHeader("Cache-Control")).as(path).doesNotContain("max-age=31536000", "immutable");
			assertHardened(missing);
		}
	}

	private MockHttpServletResponse answer(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static byte[] content(String path) throws Exception {
		String location = path.startsWith("/webjars/") ? "META-INF/resources" + path : "static" + path;
		return new ClassPathResource(location).getContentAsByteArray();
	}

	private static void assertHardened(MockHttpServletResponse response) {
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Content-Security-Policy")).contains("object-src 'none'", "base-uri 'none'",
				"frame-ancestors 'none'");
	}

}
