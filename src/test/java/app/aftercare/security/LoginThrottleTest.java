package app.aftercare.security;

import app.aftercare.clinic.StaffMember;
import app.aftercare.clinic.StaffService;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The login throttle (QUALITY 2, 29): it slows a guesser, but an attacker elsewhere
 * cannot lock the real user out at their usual address, and one shared address does not
 * lock out a whole clinic. Its counts live in PostgreSQL, and a good login writes none.
 */
@IntegrationTest
@Import(Fixtures.class)
class LoginThrottleTest {

	static final String OWNER = "owner@throttle.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

	@Autowired
	JdbcTemplate jdbc;

	StaffMember owner;

	@BeforeEach
	void aClinic() {
		this.owner = this.fixtures.clinicWithAdmin("Throttle Physio", OWNER);
	}

	@Test
	void aGuesserAtOneAddressIsStoppedWhileTheOwnerLogsInFromTheirs() throws Exception {
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
			assertThat(logIn(OWNER, "guess " + i, "203.0.113.5")).isEqualTo(302);
		}
		assertThat(logIn(OWNER, "guess again", "203.0.113.5")).isEqualTo(429);
		assertThat(logIn(OWNER, Fixtures.PASSWORD, "203.0.113.5")).as("even the right password, from there")
			.isEqualTo(429);

		assertThat(logIn(OWNER, Fixtures.PASSWORD, "198.51.100.7")).isEqualTo(302);
	}

	@Test
	void guessesFromManyAddressesMeetTheAccountsCeilingButNotAtTheOwnersUsualAddress() throws Exception {
		assertThat(logIn(OWNER, Fixtures.PASSWORD, "198.51.100.7")).as("the owner's usual desk").isEqualTo(302);
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
			logIn(OWNER, "guess " + i, "203.0.113." + (i + 1));
		}

		assertThat(logIn(OWNER, "guess from yet another address", "192.0.2.1")).isEqualTo(429);
		assertThat(logIn(OWNER, Fixtures.PASSWORD, "198.51.100.7")).isEqualTo(302);
	}

	@Test
	void aClinicBehindOneAddressIsNotLockedOutByItsStaffsMistypes() throws Exception {
		for (int member = 0; member < 10; member++) {
			String email = "member" + member + "@throttle.example";
			this.staffService.add(this.owner.getClinic().getId(),
					new StaffService.NewStaffMember("Member " + member, email, Fixtures.PASSWORD, Role.PHYSIO));
			for (int typo = 0; typo < 3; typo++) {
				assertThat(logIn(email, "mistyped " + typo, "192.0.2.10")).isEqualTo(302);
			}
		}

		assertThat(logIn(OWNER, Fixtures.PASSWORD, "192.0.2.10")).isEqualTo(302);
	}

	@Test
	void aGoodLoginWritesNoThrottleRow() throws Exception {
		assertThat(logIn(OWNER, Fixtures.PASSWORD, "198.51.100.7")).isEqualTo(302);

		assertThat(this.jdbc.queryForObject("select count(*) from throttle_window", Integer.class)).isZero();
	}

	private int logIn(String email, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("email", email).param("password", password)).andReturn().getResponse().getStatus();
	}

}
