package app.aftercare.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules are pure Java: they import the standard library only, and never read the
 * clock.
 */
class PureDomainTest {

	private static final Path SOURCES = Path.of("src/main/java/app/aftercare/rules");

	@Test
	void theRulesImportNothingButTheJavaStandardLibrary() throws IOException {
		for (Path source : sources()) {
			List<String> imports = Files.readAllLines(source)
				.stream()
				.filter((line) -> line.startsWith("import "))
				.toList();
			assertThat(imports).as(source.toString()).allMatch((line) -> line.startsWith("import java."));
			assertThat(Files.readString(source)).as(source.toString())
				.doesNotContain("org.springframework", "jakarta.");
		}
	}

	@Test
	void theRulesNeverReadTheClock() throws IOException {
		for (Path source : sources()) {
			assertThat(Files.readString(source)).as(source.toString())
				.doesNotContain(".now(", "Clock", "currentTimeMillis", "nanoTime");
		}
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.list(SOURCES)) {
			List<Path> sources = files.filter((file) -> file.toString().endsWith(".java")).toList();
			assertThat(sources).isNotEmpty();
			return sources;
		}
	}

}
