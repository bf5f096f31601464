package app.aftercare.outbox;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders messages from {@code templates/mail/<name>.txt} (Thymeleaf TEXT mode) and, if
 * present, {@code templates/mail/<name>.html} (HTML mode), with the application's message
 * bundles for {@code #{...}} and the subject. It has a template engine of its own, so the
 * pages' template resolution is not touched.
 */
@Component
public class MailTemplates {

	private static final String FOLDER = "templates/mail/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	MailTemplates(MessageSource messages) {
		this.messages = messages;
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.setEnableSpringELCompiler(true);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(FOLDER);
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

	/**
	 * Renders the named message for a recipient.
	 * @param name the templates' name under {@code templates/mail/}, without suffix
	 * @param locale the recipient's language
	 * @param model what the templates read
	 * @param subjectKey the message key of the subject
	 * @param subjectArgs its arguments
	 * @param headers further headers, or null
	 */
	public ComposedMessage render(String name, Locale locale, Map<String, Object> model, String recipient,
			String subjectKey, Object[] subjectArgs, Map<String, String> headers) {
		Context context = new Context(locale, model);
		String text = this.engine.process(name + ".txt", context);
		String html = new ClassPathResource(FOLDER + name + ".html").exists()
				? this.engine.process(name + ".html", context) : null;
		String subject = this.messages.getMessage(subjectKey, subjectArgs, locale);
		return new ComposedMessage(recipient, subject, text, html, headers);
	}

}
