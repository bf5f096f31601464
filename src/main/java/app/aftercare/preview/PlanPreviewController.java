package app.aftercare.preview;

import java.time.Clock;
import java.util.List;

import app.aftercare.rules.Plan;
import app.aftercare.rules.RuleSets;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public plan preview: a treatment in, its plan out, computed by the current rule
 * set. No login, nothing stored; rate limited by {@link PreviewRateLimit}, errors
 * answered as JSON by {@link PlanPreviewErrorHandler}.
 */
@RestController
class PlanPreviewController {

	static final String PATH = "/api/v1/plans/preview";

	private final Clock clock;

	PlanPreviewController(Clock clock) {
		this.clock = clock;
	}

	@PostMapping(PATH)
	ResponseEntity<PlanJson> preview(@RequestBody PlanPreviewRequest request) {
		PreviewQuery query = PreviewRequestReader.read(request, this.clock);
		Plan plan = RuleSets.current().plan(query.input());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(PlanJson.of(plan, query.at(), query.zone()));
	}

	/**
	 * Says that POST is the one method, which Spring's automatic answer would not: it
	 * lists the methods of {@link #otherMethods} too.
	 */
	@RequestMapping(path = PATH, method = RequestMethod.OPTIONS)
	ResponseEntity<Void> options() {
		return ResponseEntity.noContent().allow(HttpMethod.POST, HttpMethod.OPTIONS).build();
	}

	/**
	 * Other methods get a JSON 405 from this controller's error handler, instead of the
	 * HTML error page a request without a handler would get.
	 */
	@RequestMapping(path = PATH, method = { RequestMethod.GET, RequestMethod.HEAD, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE })
	void otherMethods(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
	}

}
