package app.aftercare.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes every state-changing form safe to submit twice (QUALITY 18, 32), on any number of
 * instances: each form carries a one-time key ({@code fragments/controls :: submitOnce}),
 * and the key is inserted into the {@code submission} table in the same transaction as
 * the change it makes. The table's primary key (scope, form, key) lets only one of two
 * identical POSTs through: PostgreSQL makes the second insert wait until the first
 * transaction ends, and the second then gets the first one's redirect instead of making a
 * second record. A submission that fails (a form shown again with errors, an exception)
 * rolls back with its key, so the corrected form can be sent again. Nothing is kept in
 * the HTTP session.
 * <p>
 * A form without a well-formed key (an old page, a client of its own) is not protected,
 * but still runs in one transaction. Keys are kept for {@link #KEPT}; older ones are
 * pruned now and then by the inserts themselves, through an index on their time.
 */
@Component
public class SubmitOnce {

	public static final String PARAMETER = "submission";

	/** How long a submission is remembered: far longer than any double click or retry. */
	static final Duration KEPT = Duration.ofHours(24);

	/** About one insert in this many prunes the expired keys. */
	private static final int PRUNE_EVERY = 64;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SubmitOnce(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Runs {@code action} in one transaction with the form's key, unless this form was
	 * already submitted with it in this scope.
	 * @return the view of the action, or the redirect of the earlier submission
	 */
	public String run(HttpServletRequest request, Scope scope, Supplier<String> action) {
		UUID key = key(request.getParameter(PARAMETER));
		String form = scope.form(request.getRequestURI().substring(request.getContextPath().length()));
		return this.transaction.execute((status) -> {
			if (key != null) {
				OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
				int inserted = this.jdbc
					.update("insert into submission (scope, form, key, redirect, created_at) values (?, ?, ?, '', ?) "
							+ "on conflict do nothing", scope.name(), form, key, now);
				if (inserted == 0) {
					return scope.unmask(this.jdbc.queryForObject(
							"select redirect from submission where scope = ? and form = ? and key = ?", String.class,
							scope.name(), form, key));
				}
				if (ThreadLocalRandom.current().nextInt(PRUNE_EVERY) == 0) {
					this.jdbc.update("delete from submission where created_at < ?", now.minus(KEPT));
				}
			}
			String view = action.get();
			if (!view.startsWith("redirect:") || status.isRollbackOnly()) {
				status.setRollbackOnly();
			}
			else if (key != null) {
				this.jdbc.update("update submission set redirect = ? where scope = ? and form = ? and key = ?",
						scope.mask(view), scope.name(), form, key);
			}
			return view;
		});
	}

	/**
	 * The key for the forms of the page answering this request: the submitted one when a
	 * form is shown again after an error, else a new one.
	 */
	public static String keyFor(HttpServletRequest request) {
		UUID submitted = key(request.getParameter(PARAMETER));
		return (submitted != null) ? submitted.toString() : UUID.randomUUID().toString();
	}

	private static UUID key(String submitted) {
		if (submitted == null || submitted.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(submitted);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Whose forms a key belongs to: a clinic's staff, one patient link, or the first
	 * set-up. A link's token never reaches the table: the form is named without it and
	 * the stored redirect has it masked.
	 */
	public record Scope(String name, String token) {

		private static final String MASK = "{token}";

		public static Scope clinic(Long clinicId) {
			return new Scope("clinic:" + clinicId, null);
		}

		public static Scope link(Long linkId, String token) {
			return new Scope("link:" + linkId, token);
		}

		public static Scope setup() {
			return new Scope("setup", null);
		}

		String form(String path) {
			String form = (this.token != null) ? path.replace(this.token, MASK) : path;
			return (form.length() > 100) ? form.substring(0, 100) : form;
		}

		String mask(String view) {
			return (this.token != null) ? view.replace(this.token, MASK) : view;
		}

		String unmask(String view) {
			return (this.token != null) ? view.replace(MASK, this.token) : view;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * Gives every page a key for its forms ({@link PageModels}, {@link #keyFor}).
	 */
	@Configuration(proxyBeanMethods = false)
	static class Keys implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {

				@Override
				public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
						ModelAndView modelAndView) {
					if (PageModels.isPage(modelAndView) && !modelAndView.getModel().containsKey(PARAMETER)) {
						modelAndView.addObject(PARAMETER, keyFor(request));
					}
				}

			});
		}

	}

}
