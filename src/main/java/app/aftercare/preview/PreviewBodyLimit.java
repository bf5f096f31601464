package app.aftercare.preview;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses preview bodies over {@value #MAX_BYTES} bytes before JSON parsing starts: a
 * valid request with 50 symptoms is about 5 KB, and an endless string must not fill the
 * heap.
 */
@ControllerAdvice(assignableTypes = PlanPreviewController.class)
class PreviewBodyLimit extends RequestBodyAdviceAdapter {

	static final int MAX_BYTES = 64 * 1024;

	@Override
	public boolean supports(MethodParameter methodParameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		HttpHeaders headers = inputMessage.getHeaders();
		if (headers.getContentLength() > MAX_BYTES) {
			throw new PreviewBodyTooLargeException();
		}
		byte[] body = inputMessage.getBody().readNBytes(MAX_BYTES + 1);
		if (body.length > MAX_BYTES) {
			throw new PreviewBodyTooLargeException();
		}
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

}
