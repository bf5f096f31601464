package app.aftercare.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import app.aftercare.clinic.StaffMember;
import app.aftercare.database.EmbeddedDatabase;
import app.aftercare.support.Fixtures;
import app.aftercare.support.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		database.close();
		FileSystemUtils.deleteRecursively(directory);
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
		this.mvc.perform(get("/patients").with(SignedIn.as(admin))).andExpect(status().isOk());
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("aftercare-outage");
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
