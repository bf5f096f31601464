package app.aftercare.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password policy as an admin meets it when adding staff, and how passwords are
 * stored (QUALITY 1).
 */
@IntegrationTest
@Import(Fixtures.class)
class PasswordStorageTest {

	private static final Pattern ARGON2 = Pattern
		.compile("\\{argon2}\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	StaffMember admin;

	@BeforeEach
	void aClinicWithItsAdmin() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
	}

	@Test
	void passwordsAreStoredAsArgon2idWithAtLeastOwaspsParameters() throws Exception {
		this.mvc.perform(addStaff("alex@harbour.example", "a long enough passphrase")).andExpect(status().isFound());
		String hash = this.jdbc.queryForObject("select password_hash from staff_member where email = ?", String.class,
				"alex@harbour.example");
		Matcher matcher = ARGON2.matcher(hash);
		assertThat(matcher.matches()).as(hash).isTrue();
		assertThat(Integer.parseInt(matcher.group(1))).as("memory in KiB").isGreaterThanOrEqualTo(19456);
		assertThat(Integer.parseInt(matcher.group(2))).as("iterations").isGreaterThanOrEqualTo(2);
		assertThat(hash).doesNotContain("a long enough passphrase");
	}

	@Test
	void twoStaffMembersWithTheSamePasswordGetDifferentHashes() throws Exception {
		this.mvc.perform(addStaff("one@harbour.example", "a long enough passphrase")).andExpect(status().isFound());
		this.mvc.perform(addStaff("two@harbour.example", "a long enough passphrase")).andExpect(status().isFound());
		assertThat(this.jdbc.queryForList(
				"select distinct password_hash from staff_member where email in ('one@harbour.example', 'two@harbour.example')",
				String.class))
			.hasSize(2);
	}

	@Test
	void aSixtyFourCharacterNonAsciiPasswordWorksForANewStaffMember() throws Exception {
		String password = "ñandú-çà-ü-€-日本-".repeat(5).substring(0, 64);
		assertThat(password.codePointCount(0, password.length())).isEqualTo(64);
		assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);

		this.mvc.perform(addStaff("rio@harbour.example", password)).andExpect(status().isFound());
		this.mvc.perform(logIn("rio@harbour.example", password)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aLongAsciiPasswordBeyondBcryptsLimitWorksAndEveryCharacterCounts() throws Exception {
		String password = "correct horse battery staple ".repeat(4).substring(0, 100);
		this.mvc.perform(addStaff("long@harbour.example", password)).andExpect(status().isFound());
		this.mvc.perform(logIn("long@harbour.example", password)).andExpect(redirectedUrl("/"));
		this.mvc.perform(logIn("long@harbour.example", password.substring(0, 99) + "X"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@ParameterizedTest(name = "\"{0}\" is refused")
	@ValueSource(strings = { "elevenchars", "Password1234", "ILoveYou1234", "aaaaaaaaaaaaaaaa", "abababababababab" })
	void shortAndCommonPasswordsAreRefused(String password) throws Exception {
		this.mvc.perform(addStaff("alex@harbour.example", password))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("staffForm", "password", "AcceptablePassword"));
		assertThat(this.jdbc.queryForObject("select count(*) from staff_member", Integer.class)).isOne();
	}

	@Test
	void theRefusalSaysWhy() throws Exception {
		this.mvc.perform(addStaff("alex@harbour.example", "elevenchars"))
			.andExpect(content().string(containsString("Use between 12 and 128 characters.")));
		this.mvc.perform(addStaff("alex@harbour.example", "Password1234"))
			.andExpect(content().string(containsString("This password is too common; choose another one.")));
	}

	@Test
	void twelveCharactersWithoutDigitsOrCapitalsAreEnough() throws Exception {
		this.mvc.perform(addStaff("alex@harbour.example", "plum tree ok")).andExpect(status().isFound());
	}

	@Test
	void aPasswordOfMoreThan128CharactersIsAFieldErrorNotAnError() throws Exception {
		this.mvc.perform(addStaff("alex@harbour.example", "x1y2z3".repeat(22)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("staffForm", "password"));
	}

	private MockHttpServletRequestBuilder addStaff(String email, String password) {
		return post("/admin/staff").with(SignedIn.as(this.admin))
			.with(csrf())
			.param("name", "Alex Physio")
			.param("email", email)
			.param("password", password)
			.param("role", "PHYSIO");
	}

	private static MockHttpServletRequestBuilder logIn(String email, String password) {
		return post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("192.0.2.20");
			return request;
		}).param("email", email).param("password", password);
	}

}
