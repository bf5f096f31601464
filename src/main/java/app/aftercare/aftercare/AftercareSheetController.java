package app.aftercare.aftercare;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import app.aftercare.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName(sheet.firstName())).build().toString())
			.body(pdf);
	}

	/**
	 * {@code aftercare-<first name>.pdf}, in plain ASCII letters, digits and hyphens.
	 */
	static String fileName(String firstName) {
		String ascii = Normalizer.normalize((firstName != null) ? firstName : "", Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replaceAll("[^A-Za-z0-9]+", "-");
		ascii = ascii.substring(0, Math.min(ascii.length(), MAX_FILE_NAME_PART)).replaceAll("^-+|-+$", "");
		return ascii.isEmpty() ? "aftercare.pdf" : "aftercare-" + ascii + ".pdf";
	}

}
