package app.aftercare.clinic;

import java.util.Map;

import app.aftercare.security.StaffPrincipal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of a staff member who was disabled, on every instance: sessions live
 * in PostgreSQL (Spring Session JDBC), indexed by staff id, and are deleted in the
 * transaction that disables the member. The next request with such a session finds none
 * and is sent to {@code /login?expired}.
 * <p>
 * The rows are deleted with the disabling transaction's own connection rather than
 * through {@link JdbcIndexedSessionRepository#deleteById}, which always starts a new
 * transaction of its own and so would take a second pool connection while the request
 * holds one (QUALITY 25); and in the same transaction, a disabled member can never keep a
 * session.
 */
@Component
class StaffSessions {

	private final JdbcTemplate jdbc;

	StaffSessions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void onDisabled(StaffMemberDisabled event) {
		endSessionsOf(event.staffId());
	}

	/**
	 * Deletes every session of the staff member.
	 * @return how many sessions were live
	 */
	int endSessionsOf(Long staffId) {
		return this.jdbc.update("delete from spring_session where principal_name = ?", indexOf(staffId));
	}

	static String indexOf(Long staffId) {
		return "staff:" + staffId;
	}

	/**
	 * Indexes each session by the id of its staff member, which, unlike the e-mail
	 * address, never changes.
	 */
	@Configuration(proxyBeanMethods = false)
	static class SessionIndex {

		@Bean
		SessionRepositoryCustomizer<JdbcIndexedSessionRepository> indexSessionsByStaffId() {
			return (repository) -> repository.setIndexResolver(SessionIndex::indexes);
		}

		/**
		 * The session cookie, the same in every web environment (Boot applies
		 * {@code server.servlet.session.cookie} to Spring Session's cookie only in an
		 * embedded server): {@code AFTERCARE_SESSION}, HttpOnly, SameSite=Lax, and Secure
		 * whenever the request came over TLS, also through a trusted proxy.
		 */
		@Bean
		CookieSerializer sessionCookie() {
			DefaultCookieSerializer cookie = new DefaultCookieSerializer();
			cookie.setCookieName("AFTERCARE_SESSION");
			cookie.setCookiePath("/");
			cookie.setUseHttpOnlyCookie(true);
			cookie.setSameSite("Lax");
			return cookie;
		}

		static Map<String, String> indexes(Session session) {
			SecurityContext context = session
				.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (context != null && context.getAuthentication() != null
					&& context.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
				return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, indexOf(staff.staffId()));
			}
			return Map.of();
		}

	}

}
