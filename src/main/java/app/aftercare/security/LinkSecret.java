package app.aftercare.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The key every capability link is derived with ({@code aftercare.link-secret}, or one
 * generated once into {@code aftercare.link-secret-file}), kept outside the database: the
 * patient's links and the staff's password-reset links.
 * <p>
 * A link has a random seed of 256 bits from a CSPRNG, stored in the database. Its token
 * is {@code HMAC-SHA256(secret, seed)}, base64url: so the same link can be written again
 * (on a reprinted sheet, in an email composed later), but the database alone is not
 * enough to rebuild a working link. The database stores only a SHA-256 hash of the token,
 * to find the record of a token.
 */
@Component
public class LinkSecret {

	private static final Logger logger = LoggerFactory.getLogger(LinkSecret.class);

	private static final String HMAC = "HmacSHA256";

	private static final int MIN_SECRET_LENGTH = 32;

	private final SecureRandom random = new SecureRandom();

	private final byte[] secret;

	public LinkSecret(@Value("${aftercare.link-secret:}") String configuredSecret,
			@Value("${aftercare.link-secret-file:./data/link-secret}") Path secretFile) {
		this.secret = StringUtils.hasText(configuredSecret) ? checked(configuredSecret)
				: loadOrCreate(secretFile).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A new random seed for a link.
	 */
	public String newSeed() {
		byte[] seed = new byte[32];
		this.random.nextBytes(seed);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(seed);
	}

	/**
	 * The token of the link with this seed: 43 base64url characters.
	 */
	public String token(String seed) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(seed));
	}

	/**
	 * The CSRF token of the forms behind the link with this token
	 * ({@link LinkBoundCsrfTokens}): 43 base64url characters, never equal to a link token
	 * (a seed never contains a colon).
	 */
	public String formToken(String linkToken) {
		return token("form of link:" + linkToken);
	}

	/**
	 * Identifies the secret without revealing it, so instances can tell whether they
	 * share it.
	 */
	public String fingerprint() {
		return HexFormat.of().formatHex(hmac("aftercare link-secret fingerprint v1"));
	}

	/**
	 * What the database stores to look a token up.
	 */
	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * Whether a string could be a token at all (43 base64url characters), before any
	 * database lookup.
	 */
	public static boolean isWellFormed(String token) {
		if (token == null || token.length() != 43) {
			return false;
		}
		for (int i = 0; i < 43; i++) {
			char c = token.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
				return false;
			}
		}
		return true;
	}

	private byte[] hmac(String message) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(this.secret, HMAC));
			return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] checked(String secret) {
		if (secret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalStateException(
					"aftercare.link-secret must be at least " + MIN_SECRET_LENGTH + " characters long");
		}
		return secret.getBytes(StandardCharsets.UTF_8);
	}

	private String loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).trim();
			}
			byte[] bytes = new byte[48];
			this.random.nextBytes(bytes);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Files.writeString(file, generated, StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system
			}
			logger.info("Generated a new patient-link secret in {}; keep it, and share it with every instance", file);
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the patient-link secret " + file, ex);
		}
	}

}
