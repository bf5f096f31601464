package app.aftercare.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link AcceptablePassword}: length counted in characters (code points), so a
 * password of 64 non-ASCII characters is fine; common passwords are refused.
 */
public class PasswordPolicy implements ConstraintValidator<AcceptablePassword, String> {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = loadCommonPasswords();

	@Override
	public boolean isValid(String password, ConstraintValidatorContext context) {
		if (password == null) {
			return false;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			return false;
		}
		if (isCommon(password)) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{validation.password.common}").addConstraintViolation();
			return false;
		}
		return true;
	}

	static boolean isCommon(String password) {
		String normalized = password.toLowerCase(Locale.ROOT);
		return COMMON.contains(normalized) || normalized.codePoints().distinct().count() <= 2;
	}

	private static Set<String> loadCommonPasswords() {
		var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
		if (stream == null) {
			throw new IllegalStateException("common-passwords.txt is missing");
		}
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
