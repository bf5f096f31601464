package app.aftercare.patientlink;

import java.nio.file.Path;

import app.aftercare.security.LinkSecret;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes the tokens of patient links (capability URLs), with the {@link LinkSecret}: a
 * random seed per link is stored, the token is derived from it with the secret, and only
 * the token's hash is stored to find the link of a token.
 */
@Component
public class LinkTokens {

	private final LinkSecret secret;

	@Autowired
	LinkTokens(LinkSecret secret) {
		this.secret = secret;
	}

	LinkTokens(String configuredSecret, Path secretFile) {
		this(new LinkSecret(configuredSecret, secretFile));
	}

	/**
	 * A new random seed for a link.
	 */
	public String newSeed() {
		return this.secret.newSeed();
	}

	/**
	 * The token of the link with this seed.
	 */
	public String token(String seed) {
		return this.secret.token(seed);
	}

	/**
	 * Identifies the secret without revealing it, so instances can tell whether they
	 * share it (see {@link LinkSecretCheck}).
	 */
	String secretFingerprint() {
		return this.secret.fingerprint();
	}

	/**
	 * What the database stores to look a token up.
	 */
	public static String hash(String token) {
		return LinkSecret.hash(token);
	}

	/**
	 * Whether a string could be a token at all (43 base64url characters), before any
	 * database lookup.
	 */
	public static boolean isWellFormed(String token) {
		return LinkSecret.isWellFormed(token);
	}

}
