package app.aftercare.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.fail;

/**
 * axe-core (from its WebJar) run inside the page under test. Serious and critical
 * violations fail the test, each listed with its rule, impact, help and the elements at
 * fault.
 */
final class Axe {

	static final String VERSION = "4.6.3";

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, {resultTypes: ['violations']}).then(function (results) {
			  done(results.violations.map(function (v) {
			    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
			      return {target: n.target.join(' '), html: n.html, summary: n.failureSummary};
			    })};
			  }));
			}, function (error) { done('axe failed: ' + error); });
			""";

	private static String source;

	private Axe() {
	}

	@SuppressWarnings("unchecked")
	static void assertNoSeriousViolations(Browser browser) {
		if (browser.script("return typeof window.axe").equals("undefined")) {
			browser.script(source());
		}
		Object result = browser.asyncScript(RUN);
		if (result instanceof String error) {
			fail(error + " on " + browser.path());
		}
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
		List<Map<String, Object>> serious = violations.stream()
			.filter((violation) -> FAILING_IMPACTS.contains(violation.get("impact")))
			.toList();
		violations.stream()
			.filter((violation) -> !FAILING_IMPACTS.contains(violation.get("impact")))
			.forEach((violation) -> System.out.println("axe-core note on " + browser.path() + ": " + violation.get("id")
					+ " [" + violation.get("impact") + "] " + violation.get("help")));
		if (!serious.isEmpty()) {
			StringBuilder report = new StringBuilder("axe-core found " + serious.size()
					+ " serious or critical violation(s) on " + browser.path() + " (" + browser.title() + "):");
			for (Map<String, Object> violation : serious) {
				report.append("\n- ")
					.append(violation.get("id"))
					.append(" [")
					.append(violation.get("impact"))
					.append("] ")
					.append(violation.get("help"));
				for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
					report.append("\n    at ").append(node.get("target")).append(": ").append(node.get("html"));
					report.append("\n       ").append(String.valueOf(node.get("summary")).replace("\n", "\n       "));
				}
			}
			fail(report.toString());
		}
	}

	private static synchronized String source() {
		if (source == null) {
			String resource = "META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
			try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException(resource + " is not on the test classpath");
				}
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

}
