package app.aftercare.patient;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

	@Test
	void namesAreComparedInLowerCaseWithoutAccents() {
		assertThat(SearchText.normalize("José")).isEqualTo("jose");
		assertThat(SearchText.normalize("GARCÍA")).isEqualTo("garcia");
		assertThat(SearchText.normalize("  Núñez Müller ")).isEqualTo("nunez muller");
		assertThat(SearchText.normalize("İpek")).isEqualTo("ipek");
	}

	@Test
	void aQueryIsSplitIntoNormalisedWords() {
		assertThat(SearchText.tokens("  JOSÉ \t García  ")).containsExactly("jose", "garcia");
		assertThat(SearchText.tokens("jo\u0000sé\u0007")).containsExactly("jo", "se");
		assertThat(SearchText.tokens("")).isEmpty();
		assertThat(SearchText.tokens("   ")).isEmpty();
		assertThat(SearchText.tokens(null)).isEmpty();
	}

	@Test
	void aQueryIsBoundedInLengthAndWords() {
		assertThat(SearchText.tokens("a b c d e f g h")).hasSize(SearchText.MAX_TOKENS);
		assertThat(SearchText.tokens("x".repeat(10_000))).singleElement()
			.satisfies((token) -> assertThat(token).hasSize(SearchText.MAX_QUERY_LENGTH));
	}

	@Test
	void wildcardsInAWordAreTakenLiterally() {
		assertThat(SearchText.startsWith("jo")).isEqualTo("jo%");
		assertThat(SearchText.startsWith("100%")).isEqualTo("100\\%%");
		assertThat(SearchText.startsWith("a_b")).isEqualTo("a\\_b%");
		assertThat(SearchText.startsWith("back\\slash")).isEqualTo("back\\\\slash%");
	}

}
