package app.aftercare.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a comma-separated list of codes stored in one column. A part that is blank or not
 * a known code (a row written before the forms and the database refused them, or edited
 * by hand) is left out and reported once, so that one bad value never makes a treatment,
 * a patient's page or the dashboard unreadable.
 */
final class StoredCodes {

	private static final Logger logger = LoggerFactory.getLogger(StoredCodes.class);

	private static final int MAX_REPORTED = 1_000;

	private static final Set<String> reported = ConcurrentHashMap.newKeySet();

	private StoredCodes() {
	}

	static <T> List<T> read(String column, String what, boolean emptyAllowed, Function<String, T> code) {
		List<T> codes = new ArrayList<>();
		if (column == null || column.isEmpty()) {
			if (!emptyAllowed) {
				report(what, String.valueOf(column));
			}
			return codes;
		}
		for (String part : column.split(",", -1)) {
			try {
				codes.add(code.apply(part.strip()));
			}
			catch (IllegalArgumentException ex) {
				report(what, column);
			}
		}
		return codes;
	}

	private static void report(String what, String column) {
		String shown = column.codePoints()
			.limit(80)
			.map((c) -> (c >= 0x20 && c < 0x7F) ? c : '?')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		if (reported.size() < MAX_REPORTED && reported.add(what + ":" + shown)) {
			logger.warn("Stored {} '{}' hold a blank or unknown code; it is left out", what, shown);
		}
	}

}
