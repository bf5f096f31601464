package app.aftercare.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives Flyway connections of its own, outside the pool: the pool's connections give up
 * on a statement after about a second so that pages answer quickly when the database
 * freezes, and a migration may legitimately run longer than that.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnectionConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FlywayConnectionDetails migrationConnectionDetails(JdbcConnectionDetails application) {
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return application.getJdbcUrl();
			}

			@Override
			public String getUsername() {
				return application.getUsername();
			}

			@Override
			public String getPassword() {
				return application.getPassword();
			}

			@Override
			public String getDriverClassName() {
				return application.getDriverClassName();
			}

		};
	}

}
