package app.aftercare.preview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.Side;
import app.aftercare.rules.Symptom;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static app.aftercare.preview.ApiErrorBodies.fieldsOf;
import static app.aftercare.preview.PreviewRequests.postPreview;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded random mutations of a valid request: fields dropped, types swapped,
 * random and very long strings, huge numbers, nulls, unicode, nested arrays, broken JSON
 * text. None may get a 5xx, and every error is a JSON list of field errors. A failure
 * names the seed and the body, so it can be replayed.
 */
@IntegrationTest
class PlanPreviewFuzzTest {

	private static final long SEED = 0x5EED_2026_0512L;

	private static final int MUTANTS = 2500;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final List<String> FIELDS = List.of("treatedAt", "timeZone", "areas", "intensity", "sensitiveArea",
			"symptoms", "review", "at", "code", "side", "reportedAt", "source", "soreness", "clearedFrom", "extendedTo",
			"note", "FULL_TRAINING", "LIGHT_ACTIVITY");

	private static final List<String> TIMES = List.of("2026-05-12T09:00:00Z", "2026-05-12T10:00:00+01:00",
			"2026-05-12T09:00Z", "2026-05-12t09:00:00z", "2026-05-12T09:00:00.123456789Z", "2026-05-12T09:00:00",
			"2026-05-12", "09:00", "2026-05-12T24:00:00Z", "2026-13-01T00:00:00Z", "2026-02-29T09:00:00Z",
			"2028-02-29T09:00:00Z", "2026-05-12T09:00:00+18:00", "2026-05-12T09:00:00-18:00",
			"2026-05-12T09:00:00+19:00", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59Z",
			"9999-12-31T23:59:59-12:00", "+10000-01-01T00:00:00Z", "+999999999-12-31T23:59:59-18:00",
			"-999999999-01-01T00:00:00+18:00", "1970-01-01T00:00:00Z", "2026-03-29T01:30:00+00:00",
			"2026-10-25T01:30:00+01:00", "1e10", "now", "");

	private static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Pacific/Kiritimati",
			"Pacific/Pago_Pago", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC", "Etc/GMT+12", "Etc/GMT-14", "GMT0",
			"EST5EDT", "Z", "+01:00", "GMT+1", "UTC+01:00", "SystemV/AST4", "europe/london", "Europe/", "/",
			"America/Argentina/ComodRivadavia", "Mars/Olympus_Mons");

	@Autowired
	MockMvc mvc;

	@Test
	void noMutationOfAValidRequestGetsA5xxAndEveryErrorIsAListOfFieldErrors() throws Exception {
		Random random = new Random(SEED);
		SortedMap<Integer, Integer> statuses = new TreeMap<>();
		for (int i = 0; i < MUTANTS; i++) {
			byte[] body = mutant(random);
			MvcResult result = this.mvc.perform(postPreview(body)).andReturn();
			int status = result.getResponse().getStatus();
			String answer = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			String replay = "seed " + SEED + ", mutant " + i + ", status " + status + ", answer " + abbreviate(answer)
					+ ", body " + abbreviate(new String(body, StandardCharsets.UTF_8));
			assertThat(status).as(replay).isIn(200, 400, 413);
			try {
				if (status == 200) {
					assertThat(json.readTree(answer).get("milestones").size()).isEqualTo(5);
				}
				else {
					fieldsOf(answer);
				}
			}
			catch (AssertionError | RuntimeException ex) {
				throw new AssertionError(replay + ": " + ex.getMessage(), ex);
			}
			statuses.merge(status, 1, Integer::sum);
		}
		System.out.println("Plan preview fuzz, seed " + SEED + ": answers by status " + statuses);
		assertThat(statuses.getOrDefault(200, 0)).as("valid mutants").isGreaterThan(MUTANTS / 20);
		assertThat(statuses.getOrDefault(400, 0)).as("invalid mutants").isGreaterThan(MUTANTS / 2);
	}

	private static byte[] mutant(Random random) {
		Map<String, Object> body = aValidBody(random);
		int mutations = 1 + random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			mutate(body, random);
		}
		String text = PreviewRequests.json(body);
		if (random.nextInt(8) == 0) {
			text = mutateText(text, random);
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (random.nextInt(40) == 0 && bytes.length > 0) {
			bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
		}
		return bytes;
	}

	private static Map<String, Object> aValidBody(Random random) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("treatedAt", "2026-05-12T09:00:00Z");
		body.put("timeZone", pick(random, List.of("Europe/London", "America/New_York", "Asia/Tokyo")));
		List<Object> areas = new ArrayList<>();
		areas.add(map("code", pick(random, Area.values()).name(), "side", pick(random, Side.values()).name()));
		areas.add(map("code", pick(random, Area.values()).name()));
		body.put("areas", areas);
		body.put("intensity", pick(random, Intensity.values()).name());
		body.put("sensitiveArea", random.nextBoolean());
		List<Object> symptoms = new ArrayList<>();
		symptoms.add(map("code", pick(random, Symptom.values()).name(), "reportedAt", "2026-05-12T09:05:00Z", "source",
				"CLINIC"));
		symptoms
			.add(map("soreness", random.nextInt(11), "reportedAt", "2026-05-13T09:00:00+01:00", "source", "PATIENT"));
		body.put("symptoms", symptoms);
		Map<String, Object> extendedTo = map(pick(random, MilestoneCode.values()).name(), "2026-05-20T09:00:00Z");
		body.put("review", map("clearedFrom", "2026-05-14T09:00:00Z", "extendedTo", extendedTo, "note", "seen"));
		body.put("at", "2026-05-13T12:00:00Z");
		return body;
	}

	@SuppressWarnings("unchecked")
	private static void mutate(Map<String, Object> body, Random random) {
		List<Slot> slots = new ArrayList<>();
		collect(body, slots);
		Slot slot = slots.get(random.nextInt(slots.size()));
		switch (random.nextInt(7)) {
			case 0 -> slot.remove();
			case 1, 2 -> slot.set(randomValue(random, 0));
			case 3 -> slot.set(wrap(slot.get(), random));
			case 4 -> {
				if (slot.get() instanceof List<?> list && !list.isEmpty()) {
					List<Object> longer = new ArrayList<>();
					int copies = 45 + random.nextInt(10);
					for (int i = 0; i < copies; i++) {
						longer.add(list.get(random.nextInt(list.size())));
					}
					slot.set(longer);
				}
				else {
					slot.set(randomValue(random, 0));
				}
			}
			case 5 -> {
				Map<String, Object> container = (slot.container() instanceof Map<?, ?> map) ? (Map<String, Object>) map
						: body;
				container.put(random.nextBoolean() ? pick(random, FIELDS) : randomString(random),
						randomValue(random, 0));
			}
			default -> slot.set(randomCodeOrTime(random));
		}
	}

	private static Object wrap(Object value, Random random) {
		Object wrapped = value;
		int depth = 1 + random.nextInt(random.nextInt(10) == 0 ? 600 : 5);
		for (int i = 0; i < depth; i++) {
			wrapped = random.nextBoolean() ? listOf(wrapped) : map("value", wrapped);
		}
		return wrapped;
	}

	private static Object randomValue(Random random, int depth) {
		return switch (random.nextInt(depth < 3 ? 24 : 20)) {
			case 0 -> null;
			case 1 -> random.nextBoolean();
			case 2 -> random.nextInt();
			case 3 -> random.nextInt(21) - 5;
			case 4 -> pick(random, List.of(Long.MAX_VALUE, Long.MIN_VALUE, Double.MAX_VALUE, -0.0, 7.5, 1e-300));
			case 5 -> new PreviewRequests.Raw(pick(random, List.of("1e400", "-1e-400", "1e999999999", "0.1e-999999999",
					"123456789012345678901234567890", "1" + "0".repeat(999), "1" + "0".repeat(1500), "-0", "0e0")));
			case 6 -> "";
			case 7, 8 -> randomString(random);
			case 9 -> randomUnicode(random);
			case 10 -> "x".repeat(1 + random.nextInt(random.nextInt(20) == 0 ? 100_000 : 2_000));
			case 11, 12 -> randomCodeOrTime(random);
			case 13 -> pick(random, ZONES);
			case 14 -> new PreviewRequests.Raw("[".repeat(600) + "]".repeat(600));
			case 15 -> List.of();
			case 16 -> Map.of();
			case 17 -> listOf(listOf(listOf(random.nextInt())));
			case 18 -> pick(random, Area.values()).name().toLowerCase();
			case 19 -> random.nextBoolean() ? "true" : "null";
			case 20, 21 -> {
				List<Object> list = new ArrayList<>();
				int size = random.nextInt(5);
				for (int i = 0; i < size; i++) {
					list.add(randomValue(random, depth + 1));
				}
				yield list;
			}
			default -> {
				Map<String, Object> map = new LinkedHashMap<>();
				int size = random.nextInt(4);
				for (int i = 0; i < size; i++) {
					map.put(random.nextBoolean() ? pick(random, FIELDS) : randomUnicode(random),
							randomValue(random, depth + 1));
				}
				yield map;
			}
		};
	}

	private static Object randomCodeOrTime(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> pick(random, Area.values()).name();
			case 1 -> pick(random, Symptom.values()).name();
			case 2 -> pick(random, MilestoneCode.values()).name();
			case 3 ->
				pick(random, List.of("LIGHT", "MODERATE", "STRONG", "LEFT", "RIGHT", "BOTH", "CLINIC", "PATIENT"));
			case 4 -> pick(random, ZONES);
			default -> pick(random, TIMES);
		};
	}

	private static String randomString(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(40);
		for (int i = 0; i < length; i++) {
			text.append((char) (0x20 + random.nextInt(0x5f)));
		}
		return text.toString();
	}

	private static String randomUnicode(Random random) {
		int[] starts = { 0x0, 0x80, 0x400, 0x5d0, 0x300, 0x4e00, 0xd800, 0xdc00, 0xfff0, 0x1f600, 0x10fff0 };
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(30);
		for (int i = 0; i < length; i++) {
			int codePoint = starts[random.nextInt(starts.length)] + random.nextInt(16);
			if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
				text.append((char) codePoint);
			}
			else {
				text.appendCodePoint(codePoint);
			}
		}
		return text.toString();
	}

	private static String mutateText(String text, Random random) {
		int at = random.nextInt(text.length() + 1);
		String junk = pick(random, List.of("{", "}", "[", "]", "\"", ",", ":", "\\", "\u0000", "é", "\uFEFF", "'",
				"NaN", "//", "/*", "\n"));
		return switch (random.nextInt(6)) {
			case 0 -> text.substring(0, at);
			case 1 -> text.substring(0, at) + junk + text.substring(at);
			case 2 -> (at < text.length()) ? text.substring(0, at) + text.substring(at + 1) : junk;
			case 3 -> text + text;
			case 4 -> "[" + text + "]";
			default -> junk + text;
		};
	}

	private static void collect(Object node, List<Slot> slots) {
		if (node instanceof Map<?, ?> map) {
			for (Object key : new ArrayList<>(map.keySet())) {
				slots.add(new Slot(map, key));
				collect(map.get(key), slots);
			}
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				slots.add(new Slot(list, i));
				collect(list.get(i), slots);
			}
		}
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static List<Object> listOf(Object element) {
		List<Object> list = new ArrayList<>();
		list.add(element);
		return list;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 2_000) ? text : text.substring(0, 2_000) + "… (" + text.length() + " chars)";
	}

	/**
	 * A place in the body: a key of a map or an index of a list.
	 */
	private record Slot(Object container, Object key) {

		@SuppressWarnings("unchecked")
		Object get() {
			return (this.container instanceof Map<?, ?> map) ? map.get(this.key)
					: ((List<Object>) this.container).get((Integer) this.key);
		}

		@SuppressWarnings("unchecked")
		void set(Object value) {
			if (this.container instanceof Map<?, ?> map) {
				((Map<Object, Object>) map).put(this.key, value);
			}
			else {
				((List<Object>) this.container).set((Integer) this.key, value);
			}
		}

		@SuppressWarnings("unchecked")
		void remove() {
			if (this.container instanceof Map<?, ?> map) {
				map.remove(this.key);
			}
			else {
				((List<Object>) this.container).set((Integer) this.key, null);
			}
		}

	}

}
