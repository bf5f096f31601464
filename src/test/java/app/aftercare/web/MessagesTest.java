package app.aftercare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

	@Test
	void everyEnglishMessageHasASpanishTranslationAndNoneIsLeftOver() throws IOException {
		Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
		int bundles = 0;
		for (Resource resource : english) {
			String name = resource.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			bundles++;
			Resource spanish = resource.createRelative(name.replace(".properties", "_es.properties"));
			assertThat(spanish.exists()).as("Spanish bundle for %s", name).isTrue();
			Set<String> englishKeys = keys(resource);
			Set<String> spanishKeys = keys(spanish);
			assertThat(spanishKeys).as("keys missing in Spanish for %s", name).containsAll(englishKeys);
			assertThat(englishKeys).as("keys missing in English for %s", name).containsAll(spanishKeys);
		}
		assertThat(bundles).isPositive();
	}

	private static Set<String> keys(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
