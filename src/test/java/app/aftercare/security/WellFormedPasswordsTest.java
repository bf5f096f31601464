package app.aftercare.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class WellFormedPasswordsTest {

	private final PasswordEncoder encoder = new WellFormedPasswords(
			Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());

	@Test
	void aLoneSurrogateIsAWrongPasswordNotAnError() {
		String stored = this.encoder.encode("correct horse battery");
		assertThat(this.encoder.matches("\uD800", stored)).isFalse();
		assertThat(this.encoder.matches("correct horse \uDC00battery", stored)).isFalse();
	}

	@Test
	void wellFormedPasswordsAreHashedUnchanged() {
		String password = "ñandú 🙂 correct horse";
		assertThat(WellFormedPasswords.wellFormed(password).toString()).isEqualTo(password);
		assertThat(
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().matches(password, this.encoder.encode(password)))
			.isTrue();
	}

}
