package app.aftercare.preview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static app.aftercare.preview.ApiErrorBodies.fieldsOf;
import static app.aftercare.preview.ApiErrorBodies.messagesOf;
import static app.aftercare.preview.PreviewRequests.PATH;
import static app.aftercare.preview.PreviewRequests.fromAnAddressOfItsOwn;
import static app.aftercare.preview.PreviewRequests.postPreview;
import static app.aftercare.preview.PreviewRequests.theSpecExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input gets a 400 naming each offending field, as JSON, never a 500 or an HTML page.
 */
@IntegrationTest
class PlanPreviewValidationTest {

	private static final String TREATED_AT = "2026-05-12T09:00:00Z";

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> badRequests() {
		return Stream.of(
				arguments("an unknown area code", theSpecExample().with("areas", List.of(Map.of("code", "FOO"))),
						fields("areas[0].code")),
				arguments("an unknown side",
						theSpecExample().with("areas", List.of(Map.of("code", "NECK", "side", "UP"))),
						fields("areas[0].side")),
				arguments("an unknown symptom code",
						theSpecExample().with("symptoms", List.of(Map.of("code", "HICCUPS", "reportedAt", TREATED_AT))),
						fields("symptoms[0].code")),
				arguments("an unknown symptom source",
						theSpecExample().with("symptoms",
								List.of(Map.of("code", "NAUSEA", "reportedAt", TREATED_AT, "source", "NEIGHBOUR"))),
						fields("symptoms[0].source")),
				arguments("an unknown intensity", theSpecExample().intensity("EXTREME"), fields("intensity")),
				arguments("an intensity in lower case", theSpecExample().intensity("moderate"), fields("intensity")),
				arguments("a missing treatedAt", theSpecExample().without("treatedAt"), fields("treatedAt")),
				arguments("a missing time zone", theSpecExample().without("timeZone"), fields("timeZone")),
				arguments("a missing intensity", theSpecExample().without("intensity"), fields("intensity")),
				arguments("missing areas", theSpecExample().without("areas"), fields("areas")),
				arguments("empty areas", theSpecExample().with("areas", List.of()), fields("areas")),
				arguments("a null area", theSpecExample().with("areas", Arrays.asList((Object) null)),
						fields("areas[0]")),
				arguments("an area without a code", theSpecExample().with("areas", List.of(Map.of("side", "LEFT"))),
						fields("areas[0].code")),
				arguments("51 areas", theSpecExample().with("areas", copies(51, Map.of("code", "NECK"))),
						fields("areas")),
				arguments("a malformed treatedAt", theSpecExample().treatedAt("12/05/2026 09:00"), fields("treatedAt")),
				arguments("a treatedAt without an offset", theSpecExample().treatedAt("2026-05-12T09:00:00"),
						fields("treatedAt")),
				arguments("a treatedAt on the 30th of February", theSpecExample().treatedAt("2026-02-30T09:00:00Z"),
						fields("treatedAt")),
				arguments("a treatedAt in the year 10000", theSpecExample().treatedAt("+10000-01-01T00:00:00Z"),
						fields("treatedAt")),
				arguments("a treatedAt in the year -5", theSpecExample().treatedAt("-0005-01-01T00:00:00Z"),
						fields("treatedAt")),
				arguments("a report before treatedAt",
						theSpecExample().with("symptoms",
								List.of(Map.of("code", "NAUSEA", "reportedAt", "2026-05-12T08:59:59Z"))),
						fields("symptoms[0].reportedAt")),
				arguments("a third report before treatedAt",
						theSpecExample().symptom("NAUSEA", "2026-05-12T09:06:00Z")
							.symptom("DIZZINESS", "2026-05-12T09:59:00+01:00"),
						fields("symptoms[2].reportedAt")),
				arguments("a report without reportedAt",
						theSpecExample().with("symptoms", List.of(Map.of("code", "NAUSEA"))),
						fields("symptoms[0].reportedAt")),
				arguments("a report with neither code nor soreness",
						theSpecExample().with("symptoms", List.of(Map.of("reportedAt", TREATED_AT))),
						fields("symptoms[0].code")),
				arguments("a null symptom", theSpecExample().with("symptoms", Arrays.asList((Object) null)),
						fields("symptoms[0]")),
				arguments("an unknown time zone", theSpecExample().in("Mars/Olympus_Mons"), fields("timeZone")),
				arguments("an offset for a time zone", theSpecExample().in("+01:00"), fields("timeZone")),
				arguments("a GMT offset for a time zone", theSpecExample().in("GMT+1"), fields("timeZone")),
				arguments("51 symptoms",
						theSpecExample().with("symptoms",
								copies(51, Map.of("code", "NAUSEA", "reportedAt", "2026-05-12T10:00:00Z"))),
						fields("symptoms")),
				arguments("soreness 11", theSpecExample().soreness(11, TREATED_AT), fields("symptoms[1].soreness")),
				arguments("soreness -1", theSpecExample().soreness(-1, TREATED_AT), fields("symptoms[1].soreness")),
				arguments("soreness 7.5", theSpecExample().soreness(7.5, TREATED_AT), fields("symptoms[1].soreness")),
				arguments("soreness 1e400", theSpecExample().soreness(new PreviewRequests.Raw("1e400"), TREATED_AT),
						fields("symptoms[1].soreness")),
				arguments("soreness as a word", theSpecExample().soreness("lots", TREATED_AT),
						fields("symptoms[1].soreness")),
				arguments("a malformed at", theSpecExample().at("tomorrow"), fields("at")),
				arguments("a review clearing before treatedAt",
						theSpecExample().with("review", Map.of("clearedFrom", "2026-05-11T09:00:00Z")),
						fields("review.clearedFrom")),
				arguments("a review extending an unknown milestone",
						theSpecExample().with("review", Map.of("extendedTo", Map.of("PARTY", "2026-05-20T09:00:00Z"))),
						fields("review.extendedTo.PARTY")),
				arguments("a review extending to a malformed time",
						theSpecExample().with("review", Map.of("extendedTo", Map.of("FULL_TRAINING", "soon"))),
						fields("review.extendedTo.FULL_TRAINING")),
				arguments("an empty object", "{}", fields("treatedAt", "timeZone", "areas", "intensity")),
				arguments("areas as an object", theSpecExample().with("areas", Map.of("code", "NECK")),
						fields("areas")),
				arguments("treatedAt as an object", theSpecExample().with("treatedAt", Map.of("instant", 1)),
						fields("treatedAt")),
				arguments("an area as a string", theSpecExample().with("areas", List.of("NECK")), fields("areas[0]")),
				arguments("sensitiveArea as a word", theSpecExample().with("sensitiveArea", "maybe"),
						fields("sensitiveArea")),
				arguments("symptoms as a number", theSpecExample().with("symptoms", 3), fields("symptoms")),
				arguments("extensions as an array", theSpecExample().with("review", Map.of("extendedTo", List.of(1))),
						fields("review.extendedTo")),
				arguments("a body that is an array", "[]", fields((String) null)),
				arguments("a body that is a string", "\"treatedAt\"", fields((String) null)),
				arguments("malformed JSON", "{\"treatedAt\": \"2026-05-12T09:00:00Z\",", fields((String) null)),
				arguments("JSON with a stray comma", "{\"intensity\": \"LIGHT\",,}", fields((String) null)),
				arguments("an empty body", "", fields((String) null)),
				arguments("a null body", "null", fields((String) null)),
				arguments("deeply nested junk", "[".repeat(2000) + "]".repeat(2000), fields((String) null)),
				arguments("deeply nested junk in a field",
						"{\"review\": {\"note\": " + "[".repeat(2000) + "]".repeat(2000) + "}}", fields("review.note")),
				arguments("deeply nested junk in an unknown field",
						"{\"junk\": " + "{\"a\":[".repeat(1000) + "]}".repeat(1000) + "}", fields((String) null)));
	}

	@ParameterizedTest(name = "{0} is reported on {2}")
	@MethodSource("badRequests")
	void badInputIsABadRequestNamingTheField(String description, Object body, List<String> fields) throws Exception {
		String json = (body instanceof PreviewRequests.Body request) ? request.json() : (String) body;

		MvcResult result = this.mvc.perform(postPreview(json))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andReturn();

		assertThat(fieldsOf(body(result))).as(description).containsExactlyInAnyOrderElementsOf(fields);
	}

	@Test
	void messagesSayWhatIsWrongAndEchoTheUnknownCode() throws Exception {
		String json = theSpecExample().with("areas", List.of(Map.of("code", "FOO")))
			.treatedAt("yesterday")
			.soreness(11, "2026-05-12T10:00:00Z")
			.json();

		String body = body(this.mvc.perform(postPreview(json)).andExpect(status().isBadRequest()).andReturn());

		assertThat(fieldsOf(body)).containsExactly("treatedAt", "areas[0].code", "symptoms[1].soreness");
		assertThat(messagesOf(body)).containsExactly(
				"must be an ISO-8601 instant with Z or an offset, like 2026-05-12T09:00:00Z", "unknown area code: FOO",
				"must be a whole number from 0 to 10");
	}

	@Test
	void aReportBeforeTreatedAtSaysSo() throws Exception {
		String json = theSpecExample().symptom("NAUSEA", "2026-05-12T09:06:00Z")
			.symptom("DIZZINESS", "2026-05-12T08:00:00Z")
			.json();

		String body = body(this.mvc.perform(postPreview(json)).andExpect(status().isBadRequest()).andReturn());

		assertThat(fieldsOf(body)).containsExactly("symptoms[2].reportedAt");
		assertThat(messagesOf(body)).containsExactly("is before treatedAt");
	}

	@Test
	void wrongJsonTypesNameTheTypeExpected() throws Exception {
		String json = theSpecExample().with("areas", Map.of("code", "NECK")).json();

		String body = body(this.mvc.perform(postPreview(json)).andExpect(status().isBadRequest()).andReturn());

		assertThat(messagesOf(body)).containsExactly("must be an array");
	}

	@Test
	void aLongUnknownCodeIsEchoedShortAndPrintable() throws Exception {
		String json = theSpecExample().intensity("\u0000" + "X".repeat(5000) + "\uD800").json();

		String body = body(this.mvc.perform(postPreview(json)).andExpect(status().isBadRequest()).andReturn());

		assertThat(messagesOf(body)).singleElement().satisfies((message) -> {
			assertThat(message).hasSizeLessThan(80).startsWith("unknown intensity: \uFFFDXXX").endsWith("\u2026");
		});
	}

	@Test
	void aBodyOver64KilobytesIsTooLarge() throws Exception {
		String json = theSpecExample().with("review", Map.of("note", "x".repeat(70_000))).json();

		MvcResult result = this.mvc.perform(postPreview(json))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andReturn();

		assertThat(fieldsOf(body(result))).containsExactly((String) null);
	}

	@Test
	void aBodyJustUnder64KilobytesIsRead() throws Exception {
		String json = theSpecExample().with("review", Map.of("note", "x".repeat(60_000))).json();

		this.mvc.perform(postPreview(json)).andExpect(status().isOk());
	}

	@Test
	void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
		for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED,
				MediaType.APPLICATION_XML, MediaType.APPLICATION_OCTET_STREAM)) {
			MvcResult result = this.mvc
				.perform(post(PATH).contentType(type).content(theSpecExample().json()).with(fromAnAddressOfItsOwn()))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentType(MediaType.APPLICATION_JSON))
				.andReturn();
			assertThat(fieldsOf(body(result))).containsExactly((String) null);
		}
	}

	@Test
	void aBodyWithoutAContentTypeIsAnUnsupportedMediaType() throws Exception {
		this.mvc.perform(post(PATH).content(theSpecExample().json()).with(fromAnAddressOfItsOwn()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON));
	}

	@Test
	void otherMethodsAreNotAllowedAndSaySoInJson() throws Exception {
		for (var request : List.of(get(PATH), put(PATH).contentType(MediaType.APPLICATION_JSON).content("{}"),
				delete(PATH))) {
			MvcResult result = this.mvc.perform(request.with(fromAnAddressOfItsOwn()))
				.andExpect(status().isMethodNotAllowed())
				.andExpect(header().string("Allow", "POST"))
				.andExpect(content().contentType(MediaType.APPLICATION_JSON))
				.andReturn();
			assertThat(fieldsOf(body(result))).containsExactly((String) null);
		}
	}

	@Test
	void optionsTellsThatPostIsTheOneMethod() throws Exception {
		this.mvc.perform(options(PATH).with(fromAnAddressOfItsOwn()))
			.andExpect(status().isNoContent())
			.andExpect(header().string("Allow", "POST,OPTIONS"));
	}

	@Test
	void aBodyThatIsNotUtf8IsABadRequest() throws Exception {
		byte[] latin1 = theSpecExample().in("Europe/Zürich").json().getBytes(StandardCharsets.ISO_8859_1);

		MvcResult result = this.mvc.perform(postPreview(latin1)).andExpect(status().isBadRequest()).andReturn();

		assertThat(fieldsOf(body(result))).hasSize(1);
	}

	private static List<String> fields(String... fields) {
		return Arrays.asList(fields);
	}

	private static List<Object> copies(int count, Object element) {
		List<Object> copies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			copies.add(element);
		}
		return copies;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
