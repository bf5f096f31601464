package app.aftercare.preview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Builders of preview request bodies, as plain maps and lists so tests can break them in
 * any way, and a JSON writer that writes whatever it is given.
 */
final class PreviewRequests {

	static final String PATH = "/api/v1/plans/preview";

	private static final AtomicInteger addresses = new AtomicInteger();

	private PreviewRequests() {
	}

	/**
	 * A POST of the body from a client address no other request uses, so the rate limit
	 * of one test never reaches another.
	 */
	static MockHttpServletRequestBuilder postPreview(String json) {
		return postPreview(json.getBytes(StandardCharsets.UTF_8));
	}

	static MockHttpServletRequestBuilder postPreview(byte[] json) {
		return post(PATH).contentType(MediaType.APPLICATION_JSON).content(json).with(fromAnAddressOfItsOwn());
	}

	static RequestPostProcessor fromAnAddressOfItsOwn() {
		int n = addresses.incrementAndGet();
		return from("10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff));
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * The request of SPEC.md: lower back, moderate, dizziness in clinic, at 2026-05-13
	 * 12:00 UTC.
	 */
	static Body theSpecExample() {
		return aPreview().treatedAt("2026-05-12T09:00:00Z")
			.in("Europe/London")
			.area("LOWER_BACK", "LEFT")
			.intensity("MODERATE")
			.with("sensitiveArea", false)
			.symptom("DIZZINESS", "2026-05-12T09:05:00Z", "CLINIC")
			.at("2026-05-13T12:00:00Z");
	}

	static Body aPreview() {
		return new Body();
	}

	static String json(Object value) {
		StringBuilder json = new StringBuilder();
		write(value, json);
		return json.toString();
	}

	/**
	 * JSON text that is inserted as it is.
	 */
	record Raw(String json) {

	}

	private static void write(Object value, StringBuilder json) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Raw raw) {
			json.append(raw.json());
		}
		else if (value instanceof String text) {
			writeString(text, json);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			json.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					json.append(',');
				}
				first = false;
				writeString(String.valueOf(entry.getKey()), json);
				json.append(':');
				write(entry.getValue(), json);
			}
			json.append('}');
		}
		else if (value instanceof List<?> list) {
			json.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					json.append(',');
				}
				write(list.get(i), json);
			}
			json.append(']');
		}
		else {
			throw new IllegalArgumentException("cannot write " + value.getClass());
		}
	}

	private static void writeString(String text, StringBuilder json) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		json.append('"');
	}

	/**
	 * A request body under construction; insertion ordered like the SPEC example.
	 */
	static final class Body {

		private final Map<String, Object> fields = new LinkedHashMap<>();

		Body treatedAt(String instant) {
			return with("treatedAt", instant);
		}

		Body in(String timeZone) {
			return with("timeZone", timeZone);
		}

		Body area(String code) {
			return area(code, null);
		}

		Body area(String code, String side) {
			Map<String, Object> area = new LinkedHashMap<>();
			area.put("code", code);
			if (side != null) {
				area.put("side", side);
			}
			list("areas").add(area);
			return this;
		}

		Body intensity(String intensity) {
			return with("intensity", intensity);
		}

		Body symptom(String code, String reportedAt) {
			return symptom(code, reportedAt, null);
		}

		Body symptom(String code, String reportedAt, String source) {
			Map<String, Object> symptom = new LinkedHashMap<>();
			symptom.put("code", code);
			symptom.put("reportedAt", reportedAt);
			if (source != null) {
				symptom.put("source", source);
			}
			list("symptoms").add(symptom);
			return this;
		}

		Body soreness(Object soreness, String reportedAt) {
			Map<String, Object> symptom = new LinkedHashMap<>();
			symptom.put("soreness", soreness);
			symptom.put("reportedAt", reportedAt);
			symptom.put("source", "PATIENT");
			list("symptoms").add(symptom);
			return this;
		}

		Body at(String instant) {
			return with("at", instant);
		}

		Body with(String field, Object value) {
			this.fields.put(field, value);
			return this;
		}

		Body without(String field) {
			this.fields.remove(field);
			return this;
		}

		@SuppressWarnings("unchecked")
		private List<Object> list(String field) {
			return (List<Object>) this.fields.computeIfAbsent(field, (name) -> new ArrayList<>());
		}

		Map<String, Object> toMap() {
			return this.fields;
		}

		String json() {
			return PreviewRequests.json(this.fields);
		}

	}

}
