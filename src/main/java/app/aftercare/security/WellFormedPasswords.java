package app.aftercare.security;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hands the password encoder only well-formed text. A lone UTF-16 surrogate cannot arrive
 * from a browser (UTF-8 cannot carry one; Tomcat decodes malformed bytes to U+FFFD), but
 * a client of its own can send one, and Argon2 then throws instead of answering "wrong
 * password" or refusing the form. Here it becomes {@code ?}, as encoding to UTF-8 makes
 * it; well-formed passwords pass unchanged, so stored hashes still match.
 */
class WellFormedPasswords implements PasswordEncoder {

	private final PasswordEncoder encoder;

	WellFormedPasswords(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.encoder.encode(wellFormed(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return this.encoder.matches(wellFormed(rawPassword), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.encoder.upgradeEncoding(encodedPassword);
	}

	static CharSequence wellFormed(CharSequence password) {
		if (password == null) {
			return null;
		}
		String text = password.toString();
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

}
