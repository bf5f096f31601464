package app.aftercare.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * QUALITY.md 28: a database that is frozen (every PostgreSQL process stopped with
 * SIGSTOP, its sockets still open) costs a page at most two seconds and a 503; readiness
 * is DOWN meanwhile and UP again, with pages served, once the processes continue.
 */
@SpringBootTest
// its database is gone after the class: close the context too, so its pool stops logging
// (and no later test shares a context whose database was stopped)
@DirtiesContext
@AutoConfigureMockMvc
@Import(Fixtures.class)
class FrozenDatabaseTest {

	private static final Duration PAGE_LIMIT = Duration.ofSeconds(2);

	private static final Path directory = temporaryDirectory();

	private static final EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("postgres"), 0);

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		signal("CONT");
		database.close();
		FileSystemUtils.deleteRecursively(directory);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void pagesAnswer503WithinTwoSecondsAndReadinessIsDownUntilTheDatabaseContinues() throws Exception {
		StaffMember admin = this.fixtures.clinicWithAdmin("Frozen Clinic", "owner@frozen.example");
		MockHttpServletRequestBuilder patients = get("/patients").with(SignedIn.as(admin));
		assertThat(status(patients)).isEqualTo(200);
		assertThat(status(get("/actuator/health/readiness"))).isEqualTo(200);

		signal("STOP");
		try {
			for (int attempt = 0; attempt < 3; attempt++) {
				Instant start = Instant.now();
				assertThat(status(patients)).as("a page while the database is frozen").isEqualTo(503);
				assertThat(Duration.between(start, Instant.now())).isLessThan(PAGE_LIMIT);
			}
			Instant start = Instant.now();
			assertThat(status(get("/actuator/health/readiness"))).as("readiness while frozen").isEqualTo(503);
			assertThat(Duration.between(start, Instant.now())).isLessThan(PAGE_LIMIT);
			assertThat(status(get("/actuator/health/liveness"))).as("liveness while frozen").isEqualTo(200);
		}
		finally {
			signal("CONT");
		}

		assertThat(statusesUntil(get("/actuator/health/readiness"), 200)).last().isEqualTo(200);
		assertThat(statusesUntil(patients, 200)).as("pages while recovering")
			.allMatch((code) -> code == 200 || code == 503)
			.last()
			.isEqualTo(200);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private List<Integer> statusesUntil(MockHttpServletRequestBuilder request, int wanted) throws Exception {
		List<Integer> statuses = new ArrayList<>();
		Instant deadline = Instant.now().plusSeconds(30);
		int status = 0;
		while (status != wanted && Instant.now().isBefore(deadline)) {
			status = status(request);
			statuses.add(status);
		}
		return statuses;
	}

	/**
	 * Sends a signal to the server and every process it forked (backends, writers). The
	 * server is signalled first (and, for STOP, seen stopped): then it forks no new
	 * backend, and the loop signals its children until no new one appears, so a backend
	 * forked while the list was taken (a pool opening a connection) is not left running.
	 * A child that has exited in between is no error.
	 */
	private static void signal(String name) throws IOException, InterruptedException {
		long postmaster = Long
			.parseLong(Files.readAllLines(directory.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
		ProcessHandle server = ProcessHandle.of(postmaster)
			.orElseThrow(() -> new IllegalStateException("no PostgreSQL server with pid " + postmaster));
		assertThat(kill(name, server)).as("kill -%s of the server", name).isTrue();
		boolean stopping = name.equals("STOP");
		if (stopping) {
			awaitStopped(server);
		}
		Set<Long> signalled = new HashSet<>();
		List<ProcessHandle> fresh;
		do {
			fresh = server.descendants().filter((child) -> !signalled.contains(child.pid())).toList();
			for (ProcessHandle child : fresh) {
				assertThat(kill(name, child) || !child.isAlive()).as("kill -%s of %s", name, child.pid()).isTrue();
				signalled.add(child.pid());
			}
		}
		while (!fresh.isEmpty());
		if (stopping) {
			server.descendants().forEach(FrozenDatabaseTest::awaitStopped);
		}
	}

	/**
	 * A signal is delivered asynchronously: waits until the process is in state T
	 * (stopped) as {@code /proc/<pid>/stat} shows it, so the first page is asked of a
	 * frozen server.
	 */
	private static void awaitStopped(ProcessHandle process) {
		Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
		Instant deadline = Instant.now().plusSeconds(10);
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			try {
				String line = Files.readString(stat);
				char state = line.charAt(line.lastIndexOf(')') + 2);
				if (state == 'T' || state == 't') {
					return;
				}
			}
			catch (IOException ex) {
				return; // gone in between
			}
			Thread.onSpinWait();
		}
		assertThat(process.isAlive()).as("process %s still running after SIGSTOP", process.pid()).isFalse();
	}

	private static boolean kill(String name, ProcessHandle process) throws IOException, InterruptedException {
		return new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor() == 0;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("aftercare-frozen");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
