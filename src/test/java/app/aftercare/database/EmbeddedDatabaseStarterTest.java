package app.aftercare.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL starts in the background while the context is created
 * ({@link EmbeddedDatabaseStarter}, QUALITY 24) and still behaves as a bean started on
 * the main thread: it serves the context, stops with it, fails the start when its
 * directory is in use, and never outlives a context that failed before it was waited for.
 */
class EmbeddedDatabaseStarterTest {

	@TempDir
	Path directory;

	private ApplicationContextRunner context() {
		return new ApplicationContextRunner().withInitializer(new EmbeddedDatabaseStarter.Initializer())
			.withPropertyValues("aftercare.embedded-database.data-directory=" + this.directory.resolve("postgres"));
	}

	@Test
	void theServerStartedInTheBackgroundIsTheContextsDatabaseAndStopsWithIt() {
		String[] url = new String[1];
		context().withUserConfiguration(EmbeddedDatabaseConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(EmbeddedDatabaseStarter.class);
			EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
			url[0] = database.jdbcUrl();
			try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
					database.password()); var statement = connection.createStatement()) {
				statement.execute("create table note (text text)");
			}
			assertThat(this.directory.resolve("postgres").resolve("postmaster.pid")).exists();
		});
		assertThat(this.directory.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url[0], "postgres", "any").close());
	}

	@Test
	void aDataDirectoryInUseStillFailsTheStartSayingWhy() {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(this.directory.resolve("postgres"), 0)) {
			context().withUserConfiguration(EmbeddedDatabaseConfiguration.class)
				.run((context) -> assertThat(context).getFailure()
					.hasRootCauseInstanceOf(DataDirectoryInUseException.class));
			assertThat(this.directory.resolve("postgres").resolve("postmaster.pid"))
				.as("the first instance's server still runs")
				.exists();
		}
	}

	@Test
	void aServerNobodyWaitedForIsStoppedWhenTheContextFails() {
		context().withUserConfiguration(FailsFirst.class, EmbeddedDatabaseConfiguration.class).run((context) -> {
			assertThat(context).getFailure().hasMessageContaining("a misconfigured bean");
			assertThat(context.getStartupFailure()).isNotNull();
		});
		assertThat(this.directory.resolve("postgres").resolve("postmaster.pid"))
			.as("the server started for the failed context was stopped")
			.doesNotExist();
		assertThat(this.directory.resolve("postgres").resolve("postgresql.conf")).as("it had been started (initdb ran)")
			.exists();
	}

	@Test
	void nothingStartsWhenAnExternalDatabaseIsConfigured() {
		context().withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/aftercare")
			.withUserConfiguration(EmbeddedDatabaseConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EmbeddedDatabaseStarter.class)
				.doesNotHaveBean(EmbeddedDatabase.class));
		assertThat(Files.exists(this.directory.resolve("postgres"))).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	static class FailsFirst {

		@Bean
		Object misconfigured() {
			throw new IllegalStateException("a misconfigured bean");
		}

	}

}
