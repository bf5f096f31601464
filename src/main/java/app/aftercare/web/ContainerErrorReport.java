package app.aftercare.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.ExceptionUtils;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers when a request never reaches the application — a request target it
 * refuses ({@code /%2e%2e/x}, {@code /p/x{y}}) — or when the application's own error page
 * could not be rendered: a short page in the app's words, with the security headers every
 * response carries, instead of Tomcat's report (which names the server, repeats the
 * refused target and may print an exception).
 */
public class ContainerErrorReport extends ErrorReportValve {

	/**
	 * The security headers of every response (QUALITY 11), and those of the patient
	 * pages: a refused target may have held a patient's link.
	 */
	static final String[][] HEADERS = {
			{ "Content-Security-Policy",
					"default-src 'none'; style-src 'self'; object-src 'none'; base-uri 'none'; "
							+ "frame-ancestors 'none'; form-action 'self'" },
			{ "X-Content-Type-Options", "nosniff" }, { "X-Frame-Options", "DENY" },
			{ "Referrer-Policy", "no-referrer" }, { "Cache-Control", "no-store" }, { "X-Robots-Tag", "noindex" } };

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final MessageSource messages;

	public ContainerErrorReport(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String code = (status >= 500) ? "5xx" : (status == 400 || status == 404) ? Integer.toString(status) : "4xx";
		Locale locale = locale(request);
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("error." + code + ".title", null, locale));
		String text = HtmlUtils.htmlEscape(this.messages.getMessage("error." + code + ".text", null, locale));
		try {
			for (String[] header : HEADERS) {
				response.setHeader(header[0], header[1]);
			}
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
						+ "<title>" + title + "</title></head><body data-error=\"" + code + "\"><h1>" + title
						+ "</h1><p>" + text + "</p></body></html>");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away; there is no one to tell
		}
		catch (Throwable ex) {
			ExceptionUtils.handleThrowable(ex);
		}
	}

	private static Locale locale(Request request) {
		try {
			return "es".equals(request.getLocale().getLanguage()) ? SPANISH : Locale.ENGLISH;
		}
		catch (RuntimeException ex) {
			return Locale.ENGLISH;
		}
	}

}
