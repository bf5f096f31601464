package app.aftercare.audit;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the audit events a request kept ({@link AuditLog}) after everything inside it —
 * security, the handler, the view — has finished, so the write takes a pool connection
 * only once the request's own is back. Runs outside the security filters, so denials and
 * failed logins they record are written too; and on error dispatches, whose page may
 * record events of its own.
 */
class AuditFlushFilter extends OncePerRequestFilter {

	private final AuditLog auditLog;

	AuditFlushFilter(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.auditLog.flush(request);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<AuditFlushFilter> auditFlushFilter(AuditLog auditLog) {
			FilterRegistrationBean<AuditFlushFilter> registration = new FilterRegistrationBean<>(
					new AuditFlushFilter(auditLog));
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
			return registration;
		}

	}

}
