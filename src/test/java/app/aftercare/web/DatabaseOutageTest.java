package app.aftercare.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.aftercare.clinic.StaffMember;
import app.aftercare.database.EmbeddedDatabase;
import app.aftercare.support.Fixtures;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY.md 19: when the database goes away, pages answer 503 with a friendly page
 * within two seconds, and the application recovers by itself once it is back.
 */
@SpringBootTest
// its database is gone after the class: close the context too, so its pool stops logging
// (and no later test shares a context whose database was stopped)
@DirtiesContext
@AutoConfigureMockMvc
@Import(Fixtures.class)
class DatabaseOutageTest {

	private static final Path directory = temporaryDirectory();

	private static final int port = freePort();

	private static EmbeddedDatabase database = EmbeddedDatabase.start(directory, port);

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		database.close();
		FileSystemUtils.deleteRecursively(directory.getParent());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void pagesAnswer503QuicklyWhileTheDatabaseIsDownAndWorkAgainWhenItIsBack() throws Exception {
		StaffMember admin = this.fixtures.clinicWithAdmin("Outage Clinic", "owner@outage.example");
		this.mvc.perform(get("/patients").with(SignedIn.as(admin))).andExpect(status().isOk());

		database.close();
		Instant start = Instant.now();
		this.mvc.perform(get("/patients").with(SignedIn.as(admin)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Temporarily unavailable")));
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));

		database = EmbeddedDatabase.start(directory, port);
		assertThat(statusesUntilRecovered(admin, Duration.ofSeconds(30))).as("answers while recovering")
			.last()
			.isEqualTo(200);
	}

	/**
	 * Asks for a page until it is served again: connections the pool still held may fail
	 * once each, always as 503 (never 500), before fresh ones replace them.
	 */
	private List<Integer> statusesUntilRecovered(StaffMember admin, Duration patience) throws Exception {
		List<Integer> statuses = new ArrayList<>();
		Instant deadline = Instant.now().plus(patience);
		int status = 0;
		while (status != 200 && Instant.now().isBefore(deadline)) {
			status = this.mvc.perform(get("/patients").with(SignedIn.as(admin))).andReturn().getResponse().getStatus();
			statuses.add(status);
		}
		assertThat(statuses).as("no server error while recovering").allMatch((code) -> code == 200 || code == 503);
		return statuses;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("aftercare-outage").resolve("postgres");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
