package app.aftercare.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in a staff member who has just proved who they are another way (the clinic's
 * set-up, where they chose the password a moment ago). It does what the login form's
 * filter does after a password matches: a new session id (session fixation), a fresh CSRF
 * token, and the security context saved in the session, which indexes the session by
 * staff id so that disabling the account ends it (clinic.StaffSessions).
 */
@Component
public class StaffSignIn {

	private final UserDetailsService users;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	StaffSignIn(UserDetailsService users) {
		this.users = users;
		this.sessionStrategy = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(),
						new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
	}

	public void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.users.loadUserByUsername(email);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		request.getSession();
		this.sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
