package app.aftercare.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a PostgreSQL server of the application's own when {@code spring.datasource.url}
 * is not set, and hands it to Spring Boot's usual data source, Flyway and JPA set-up. The
 * server starts in the background ({@link EmbeddedDatabaseStarter}); the first bean that
 * needs it waits for it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	/**
	 * The server {@link EmbeddedDatabaseStarter} started in the background, or, in a
	 * context built without its initializer, one started now.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(ObjectProvider<EmbeddedDatabaseStarter> starter,
			EmbeddedDatabaseProperties properties) {
		EmbeddedDatabaseStarter started = starter.getIfAvailable();
		return (started != null) ? started.await()
				: EmbeddedDatabase.start(properties.dataDirectory(), properties.passwordFile(), properties.port());
	}

	@Bean
	JdbcConnectionDetails embeddedDatabaseConnectionDetails(EmbeddedDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

		};
	}

	static class NoExternalDatabase extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return embedded(context.getEnvironment())
					? ConditionOutcome.match("no spring.datasource.url: using the embedded PostgreSQL")
					: ConditionOutcome.noMatch("spring.datasource.url is set");
		}

		static boolean embedded(Environment environment) {
			return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		}

	}

}
