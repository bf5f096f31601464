package app.aftercare.security;

import java.io.IOException;
import java.util.Map;

import app.aftercare.web.RequestParameters;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

	/**
	 * Patient links: no login, no session, no cookie. The check-in form's CSRF token is
	 * bound to the link ({@link LinkBoundCsrfTokens}) and sent as it is (not masked per
	 * request): the same page can be served to every open of the link. Only the
	 * unsubscribe is exempt: RFC 8058's one-click POST comes from a mail client without a
	 * token, and forging it needs the link's token, which is the capability itself; it
	 * can only turn reminder emails off.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain patientLinkSecurity(HttpSecurity http, LinkSecret linkSecret) throws Exception {
		http.securityMatcher("/p/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(new LinkBoundCsrfTokens(linkSecret))
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers("/p/*/unsubscribe"))
			// Nobody signs in here and nothing asks who is: no filter keeps a session,
			// a security context, an anonymous user, a saved request, a logout or the
			// servlet API's user (a staff cookie sent along is never read here). Each
			// filter would cost every open of the most opened page (issue 14).
			.sessionManagement((sessions) -> sessions.disable())
			.securityContext((context) -> context.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.exceptionHandling((exceptions) -> exceptions.disable())
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		http.addFilterAfter(new RequestParameters(), HeaderWriterFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain staffSecurity(HttpSecurity http, LoginThrottle loginThrottle, ServletContext appContext)
			throws Exception {
		// The management server (management.server.port) serves only the actuator, in a
		// servlet context of its own, on the operator's network: health and metrics
		// there.
		// On the app's port metrics are refused, even if both ports are configured the
		// same.
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/setup", "/register", "/login", "/password-reset", "/password-reset/*", "/error")
			.permitAll()
			// static files, by their plain and their content-hashed names
			// (favicon-<md5>.svg: web.StaticAssets)
			.requestMatchers("/robots.txt", "/favicon*", "/css/**", "/js/**", "/images/**", "/webjars/**")
			.permitAll()
			.requestMatchers("/p/**", "/api/v1/plans/preview")
			.permitAll()
			.requestMatchers((request) -> request.getServletContext() != appContext)
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.denyAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.defaultSuccessUrl("/", false)
			.failureHandler(new RememberEmailOnFailure()));
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**"));
		http.sessionManagement((sessions) -> sessions.invalidSessionStrategy(SecurityConfiguration::sessionGone));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		http.addFilterAfter(new RequestParameters(), HeaderWriterFilter.class);
		http.addFilterBefore(new LoginThrottle.Filter(loginThrottle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Sessions live in PostgreSQL (Spring Session JDBC): one that idled out or was ended
	 * by {@link StaffSessions} is gone, on every instance, and its next request goes to
	 * the login page, which says the session ended. A request that never had a session (a
	 * form posted without its CSRF token) is refused instead.
	 */
	private static void sessionGone(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestedSessionId() == null) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		request.getSession();
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

	/**
	 * New passwords are stored as Argon2id with OWASP's parameters (19 MiB, 2 passes);
	 * Argon2 has no 72-byte input limit, unlike bcrypt. A malformed password (a lone
	 * surrogate) is a wrong password, not an error ({@link WellFormedPasswords}).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new WellFormedPasswords(new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2), "bcrypt", new BCryptPasswordEncoder(12))));
	}

	/**
	 * First on every error dispatch, before the security filter chain.
	 */
	@Bean
	FilterRegistrationBean<ErrorResponseHeaders> errorResponseHeaders() {
		FilterRegistrationBean<ErrorResponseHeaders> registration = new FilterRegistrationBean<>(
				new ErrorResponseHeaders());
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}
