package app.aftercare.aftercare;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the aftercare sheet with the patient's locale, whatever language the staff
 * member's browser asks for: as an HTML page, and as a PDF made from the same template.
 */
@Component
class SheetRenderer {

	static final String TEMPLATE = "aftercare/sheet";

	static final String FONT_FAMILY = "DejaVu Sans Condensed";

	static final String MONOSPACE_FONT_FAMILY = "DejaVu Sans Mono";

	private static final String FONTS = "app/aftercare/aftercare/fonts/";

	private final ITemplateEngine templates;

	private final String css;

	private final byte[] regular;

	private final byte[] bold;

	private final byte[] monospace;

	SheetRenderer(ITemplateEngine templates) {
		this.templates = templates;
		this.css = new String(read("static/css/sheet.css"), StandardCharsets.UTF_8);
		this.regular = read(FONTS + "DejaVuSansCondensed.ttf");
		this.bold = read(FONTS + "DejaVuSansCondensed-Bold.ttf");
		this.monospace = read(FONTS + "DejaVuSansMono.ttf");
	}

	/**
	 * The sheet as a page of its own, with a print button and a link back.
	 */
	String html(AftercareSheet sheet, IWebExchange exchange) {
		return render(new WebContext(exchange, sheet.locale(), variables(sheet, false)));
	}

	/**
	 * The sheet as a one-page PDF with its fonts embedded.
	 */
	byte[] pdf(AftercareSheet sheet) {
		String html = render(new Context(sheet.locale(), variables(sheet, true)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(HtmlDocuments.parse(html), null);
		builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(this.monospace), MONOSPACE_FONT_FAMILY, 400, FontStyle.NORMAL,
				true);
		// Everything the sheet needs is in the document: its styles, and the QR code as
		// a data URI. Nothing is fetched from anywhere.
		builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.withProducer("Aftercare");
		// A tagged PDF that screen readers can follow; it also keeps the renderer to the
		// embedded fonts (Latin, Greek and Cyrillic letters), never the 14 built-in ones.
		builder.usePdfUaAccessibility(true);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String render(IContext context) {
		return this.templates.process(TEMPLATE, context);
	}

	private Map<String, Object> variables(AftercareSheet sheet, boolean pdf) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("sheet", sheet);
		variables.put("plan", sheet.plan());
		variables.put("qrCode", sheet.hasLink() ? QrCodes.pngDataUri(sheet.link()) : null);
		variables.put("pdf", pdf);
		variables.put("css", pdf ? this.css : null);
		return variables;
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
