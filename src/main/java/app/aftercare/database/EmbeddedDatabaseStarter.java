package app.aftercare.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a thread of its own at the very beginning of the
 * context's refresh, so that the server's start (and {@code initdb} for a new data
 * directory) runs while the context is created instead of on the main thread before
 * Flyway (QUALITY 24, bench/README "startup"). The {@link EmbeddedDatabase} bean waits
 * for it: whatever the start throws (a data directory in use, a missing password file)
 * fails the application's start as before.
 * <p>
 * {@link Initializer} ({@code META-INF/spring.factories}) adds the step that decides to
 * every application context. It decides at refresh, after every initializer (tests'
 * included) has set up the environment, with the same condition as
 * {@link EmbeddedDatabaseConfiguration}: nothing starts when
 * {@code spring.datasource.url} is set. A start that is never waited for (the context
 * failed first) is stopped when the context's beans are destroyed.
 */
final class EmbeddedDatabaseStarter implements DisposableBean {

	static final String BEAN_NAME = "embeddedDatabaseStarter";

	private final CompletableFuture<EmbeddedDatabase> start = new CompletableFuture<>();

	private EmbeddedDatabaseStarter(EmbeddedDatabaseProperties properties) {
		Thread thread = new Thread(() -> {
			try {
				this.start.complete(EmbeddedDatabase.start(properties.dataDirectory(), properties.passwordFile(),
						properties.port()));
			}
			catch (Throwable ex) {
				this.start.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The running server, once started.
	 * @throws RuntimeException what the start threw
	 */
	EmbeddedDatabase await() {
		try {
			return this.start.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	@Override
	public void destroy() {
		try {
			this.start.join().close();
		}
		catch (CompletionException ex) {
			// it did not start: nothing to stop, and the bean that waited for it said why
		}
	}

	/**
	 * Adds {@link StartAtRefresh} to every application context
	 * ({@code META-INF/spring.factories}).
	 */
	static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.addBeanFactoryPostProcessor(new StartAtRefresh(context.getEnvironment()));
		}

	}

	/**
	 * Called first at refresh, before the configuration classes are read: starts the
	 * server when no external database is configured and registers the
	 * {@link EmbeddedDatabaseStarter} as a bean.
	 */
	private static final class StartAtRefresh implements BeanDefinitionRegistryPostProcessor {

		private final Environment environment;

		StartAtRefresh(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
			if (!EmbeddedDatabaseConfiguration.NoExternalDatabase.embedded(this.environment)
					|| !(registry instanceof DefaultListableBeanFactory beanFactory)
					|| beanFactory.containsSingleton(BEAN_NAME)) {
				return;
			}
			EmbeddedDatabaseProperties properties = Binder.get(this.environment)
				.bindOrCreate("aftercare.embedded-database", EmbeddedDatabaseProperties.class);
			EmbeddedDatabaseStarter starter = new EmbeddedDatabaseStarter(properties);
			beanFactory.registerSingleton(BEAN_NAME, starter);
			beanFactory.registerDisposableBean(BEAN_NAME, starter);
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		}

	}

}
