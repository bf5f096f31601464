package app.aftercare.patient;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are compared in a search: lower case, accents removed, so that "jose" finds
 * "José" and "garcia" finds "García".
 */
final class SearchText {

	/**
	 * Longest query that is looked at; the rest is ignored.
	 */
	static final int MAX_QUERY_LENGTH = 100;

	/**
	 * Most words of a query that are matched; further words are ignored.
	 */
	static final int MAX_TOKENS = 5;

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	/**
	 * What separates words: white space, and control characters, which a name never holds
	 * and PostgreSQL refuses in text (NUL).
	 */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Cc}]+");

	private SearchText() {
	}

	/**
	 * The searchable form of a name: lower case, decomposed, combining marks removed.
	 */
	static String normalize(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		return COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

	/**
	 * The normalised words of a search query, at most {@link #MAX_TOKENS}.
	 */
	static List<String> tokens(String query) {
		if (query == null) {
			return List.of();
		}
		String bounded = (query.length() > MAX_QUERY_LENGTH) ? query.substring(0, MAX_QUERY_LENGTH) : query;
		return Arrays.stream(SEPARATORS.split(normalize(bounded)))
			.filter((token) -> !token.isEmpty())
			.limit(MAX_TOKENS)
			.toList();
	}

	/**
	 * A {@code LIKE} pattern matching values that start with the token, taken literally:
	 * {@code %}, {@code _} and the escape character {@code \} lose their meaning.
	 */
	static String startsWith(String token) {
		return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
