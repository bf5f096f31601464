package app.aftercare.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads and checks the {@code {"errors": [{"field", "message"}]}} body of an error
 * answer.
 */
final class ApiErrorBodies {

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Words that would betray an exception: a class or package name, a stack frame.
	 */
	private static final Pattern LEAK = Pattern
		.compile("Exception|Error:|\\bat [a-z]+\\.|java\\.|jakarta\\.|tools\\.jackson|springframework|app\\.aftercare");

	private ApiErrorBodies() {
	}

	/**
	 * The fields of the errors, {@code null} for a request-level error; fails unless the
	 * body has exactly the expected shape and gives nothing away.
	 */
	static List<String> fieldsOf(String body) {
		assertThat(LEAK.matcher(body).find()).as("an exception detail in %s", body).isFalse();
		JsonNode root = json.readTree(body);
		assertThat(root.isObject()).as("an object: %s", body).isTrue();
		assertThat(root.propertyNames()).containsExactly("errors");
		JsonNode errors = root.get("errors");
		assertThat(errors.isArray()).as("an array of errors: %s", body).isTrue();
		assertThat(errors.size()).as("at least one error: %s", body).isPositive();
		List<String> fields = new ArrayList<>();
		for (JsonNode error : errors) {
			assertThat(error.propertyNames()).containsExactlyInAnyOrder("field", "message");
			JsonNode field = error.get("field");
			assertThat(field.isNull() || field.isString()).as("field null or a string: %s", body).isTrue();
			assertThat(error.get("message").isString()).as("message a string: %s", body).isTrue();
			assertThat(error.get("message").asString()).isNotBlank();
			fields.add(field.isNull() ? null : field.asString());
		}
		return fields;
	}

	static List<String> messagesOf(String body) {
		List<String> messages = new ArrayList<>();
		for (JsonNode error : json.readTree(body).get("errors")) {
			messages.add(error.get("message").asString());
		}
		return messages;
	}

}
