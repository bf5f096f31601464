package app.aftercare.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.StringUtils;

/**
 * Points every test application context at the {@link TestDatabase}, unless
 * {@code spring.datasource.url} is already given.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getBeanFactory()
				.registerSingleton(MockSessionCarriesSessionCookie.class.getName(),
						new MockSessionCarriesSessionCookie());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sqlStatements",
						Map.of("spring.jpa.properties.hibernate.session_factory.statement_inspector",
								SqlStatements.class.getName(), "management.server.port", managementPort(context))));
			if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
				return;
			}
			TestDatabase.Connection connection = TestDatabase.connection();
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("testDatabase",
						Map.of("spring.datasource.url", connection.url(), "spring.datasource.username",
								connection.username(), "spring.datasource.password", connection.password())));
		}

		/**
		 * A random management port beside a server on a random port; with MockMvc, which
		 * has no server, the application's own (8080 counts as "the same port"), so
		 * MockMvc reaches the probes.
		 */
		private static String managementPort(ConfigurableApplicationContext context) {
			return "0".equals(context.getEnvironment().getProperty("server.port")) ? "0" : "8080";
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
