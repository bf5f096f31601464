package app.aftercare.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import app.aftercare.support.CleanDatabaseExtension;
import app.aftercare.support.Fixtures;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A journey in a real browser: the whole application on a random port against the test
 * PostgreSQL (emptied before each test), driven through Debian's headless Chromium.
 * Skipped where Chromium is not installed, unless {@code AFTERCARE_REQUIRE_BROWSER=true}
 * (CI), where that fails instead. Every browser test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ChromiumInstalled.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(CleanDatabaseExtension.class)
@Import(Fixtures.class)
public @interface BrowserTest {

}
