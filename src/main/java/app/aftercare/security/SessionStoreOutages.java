package app.aftercare.security;

import java.io.IOException;
import java.util.Map;

import app.aftercare.web.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff sessions live in PostgreSQL, so a database that cannot be reached must cost a
 * staff page what it costs any other page: a 503 within the connection and statement
 * timeouts (QUALITY 28), never a 500 or an exception thrown out of the session filter.
 * <ul>
 * <li>Reading a session while the database is out fails the request with a 503 (the
 * session cannot be known; treating it as absent would log the user out).</li>
 * <li>Saving a session at the end of a request while the database is out is skipped with
 * a warning, and not even tried within two seconds of meeting it: the response has been
 * written already, and what is lost is the session's last access time (or, for a session
 * created by this very request, the session).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreOutages {

	private static final Logger logger = LoggerFactory.getLogger(SessionStoreOutages.class);

	@Bean
	static BeanPostProcessor sessionStoreThroughOutages(ObjectProvider<DatabaseOutage> outage) {
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof FindByIndexNameSessionRepository repository && !(bean instanceof OutageTolerant)) {
					return new OutageTolerant<>(repository, outage);
				}
				return bean;
			}
		};
	}

	/**
	 * Turns a session store that cannot be reached into a 503, just outside Spring
	 * Session's filter (whose end-of-request save may throw too).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionStoreOutageFilter(DatabaseOutage outage) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							chain.doFilter(request, response);
						}
						catch (RuntimeException | ServletException ex) {
							if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
								throw ex;
							}
							outage.met();
							SessionStoreOutages.logger.warn("Database unavailable: {}", ex.getMessage());
							response.resetBuffer();
							response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
						}
					}
				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setName("sessionStoreOutageFilter");
		return registration;
	}

	/**
	 * The session repository, saving nothing rather than failing while the database is
	 * out.
	 */
	static final class OutageTolerant<S extends Session> implements FindByIndexNameSessionRepository<S> {

		private final FindByIndexNameSessionRepository<S> delegate;

		private final ObjectProvider<DatabaseOutage> outage;

		OutageTolerant(FindByIndexNameSessionRepository<S> delegate, ObjectProvider<DatabaseOutage> outage) {
			this.delegate = delegate;
			this.outage = outage;
		}

		@Override
		public S createSession() {
			return this.delegate.createSession();
		}

		@Override
		public void save(S session) {
			DatabaseOutage outage = this.outage.getObject();
			if (outage.recentlyMet()) {
				logger.warn("Session not saved, the database was unavailable a moment ago");
				return;
			}
			try {
				this.delegate.save(session);
			}
			catch (RuntimeException ex) {
				if (!DatabaseOutage.causedBy(ex)) {
					throw ex;
				}
				outage.met();
				logger.warn("Session not saved, the database is unavailable: {}", ex.getMessage());
			}
		}

		@Override
		public S findById(String id) {
			return this.delegate.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.delegate.deleteById(id);
		}

		@Override
		public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

}
