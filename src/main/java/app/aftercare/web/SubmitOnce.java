package app.aftercare.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.WebUtils;

/**
 * Makes a form that creates a record safe against double submission: each form carries a
 * one-time key ({@code fragments/forms :: submitOnce}); a second POST with the same key
 * gets the first one's redirect instead of creating a second record. Refreshing after a
 * POST is already safe through Post/Redirect/Get.
 */
@Component
public class SubmitOnce {

	public static final String PARAMETER = "submission";

	private static final String DONE = SubmitOnce.class.getName() + ".done";

	private static final int REMEMBERED = 50;

	/**
	 * Runs {@code action} unless this form was already submitted in this session.
	 * @return the view of the action, or the redirect of the earlier submission
	 */
	public String run(HttpServletRequest request, Supplier<String> action) {
		String key = request.getParameter(PARAMETER);
		if (key == null || key.length() != 36) {
			return action.get();
		}
		HttpSession session = request.getSession();
		synchronized (WebUtils.getSessionMutex(session)) {
			Map<String, String> done = done(session);
			String earlier = done.get(key);
			if (earlier != null) {
				return earlier;
			}
			String view = action.get();
			if (view.startsWith("redirect:")) {
				done.put(key, view);
				session.setAttribute(DONE, done);
			}
			return view;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> done(HttpSession session) {
		Object done = session.getAttribute(DONE);
		if (done instanceof Map<?, ?> map) {
			return (Map<String, String>) map;
		}
		return Collections.synchronizedMap(new LinkedHashMap<>() {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
				return size() > REMEMBERED;
			}

		});
	}

	/**
	 * Gives every page a key for its forms: the submitted one when a form is shown again
	 * after an error, else a new one.
	 */
	@ControllerAdvice
	static class Key {

		@ModelAttribute("submission")
		String submission(HttpServletRequest request) {
			String submitted = request.getParameter(PARAMETER);
			return (submitted != null && submitted.length() == 36) ? submitted : UUID.randomUUID().toString();
		}

	}

}
