package app.aftercare.aftercare;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import app.aftercare.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable aftercare sheet of a treatment, as a page and as a PDF, in the patient's
 * language.
 */
@Controller
class AftercareSheetController {

	private static final int MAX_FILE_NAME_PART = 40;

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final AftercareSheetService sheets;

	private final SheetRenderer renderer;

	AftercareSheetController(AftercareSheetService sheets, SheetRenderer renderer) {
		this.sheets = sheets;
		this.renderer = renderer;
	}

	@GetMapping("/treatments/{id}/aftercare")
	ResponseEntity<String> sheet(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id,
			HttpServletRequest request, HttpServletResponse response) {
		AftercareSheet sheet = this.sheets.print(me.clinicId(), id);
		String html = this.renderer.html(sheet,
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response));
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
	}

	@GetMapping("/treatments/{id}/aftercare.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id) {
		AftercareSheet sheet = this.sheets.print(me.clinicId(), id);
		byte[] pdf = this.renderer.pdf(sheet);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(sheet))
			.body(pdf);
	}

	/**
	 * An attachment named after the clinic, the patient's first name and the treatment
	 * date, so that a folder of downloaded sheets sorts and reads well. {@code filename}
	 * is the plain-ASCII fallback; {@code filename*} (RFC 5987) keeps accented and
	 * non-Latin letters for the browsers that read it.
	 */
	static String contentDisposition(AftercareSheet sheet) {
		String date = sheet.treatedAt().toLocalDate().toString();
		String ascii = fileName(ascii(sheet.clinicName()), ascii(sheet.firstName()), date);
		String unicode = fileName(letters(sheet.clinicName()), letters(sheet.firstName()), date);
		String header = "attachment; filename=\"" + ascii + "\"";
		return unicode.equals(ascii) ? header : header + "; filename*=UTF-8''" + rfc5987(unicode);
	}

	private static String fileName(String clinic, String firstName, String date) {
		StringBuilder name = new StringBuilder();
		for (String part : new String[] { clinic, firstName }) {
			if (!part.isEmpty()) {
				name.append(part).append('-');
			}
		}
		return name.append(date).append(".pdf").toString();
	}

	/**
	 * Letters and digits of any script; every other run of characters becomes one hyphen.
	 */
	private static String letters(String text) {
		String safe = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFC)
			.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-");
		return cut(safe);
	}

	private static String ascii(String text) {
		String safe = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replaceAll("[^A-Za-z0-9]+", "-");
		return cut(safe);
	}

	private static String cut(String text) {
		String safe = text.replaceAll("^-+", "");
		int end = safe.offsetByCodePoints(0, Math.min(safe.codePointCount(0, safe.length()), MAX_FILE_NAME_PART));
		return safe.substring(0, end).replaceAll("^-+|-+$", "");
	}

	private static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

}
