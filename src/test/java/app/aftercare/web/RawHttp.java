package app.aftercare.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte for byte to a real server: what no HTTP client library will send
 * (a request target with braces, a dot segment encoded, a broken percent-encoding), and
 * the answers as the server wrote them.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	Answer get(String target, String... headers) {
		return send("GET", target, null, headers);
	}

	Answer postForm(String target, String body, String... headers) {
		return send("POST", target, body, headers);
	}

	Answer send(String method, String target, String body, String... headers) {
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder head = new StringBuilder();
		head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		head.append("Host: localhost:").append(this.port).append("\r\n");
		head.append("Connection: close\r\n");
		head.append("Accept: text/html\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Type: application/x-www-form-urlencoded\r\n");
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		head.append("\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			try {
				out.write(content);
				out.flush();
			}
			catch (SocketException ex) {
				// the server may answer and close before reading a body it refuses
			}
			return Answer.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				all.write(buffer, 0, read);
			}
		}
		catch (SocketException ex) {
			// reset after the answer was written
		}
		return all.toByteArray();
	}

	record Answer(int status, Map<String, String> headers, String body) {

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			String body = (end >= 0) ? text.substring(end + 4) : "";
			String[] lines = head.split("\r\n");
			int status = (lines[0].length() >= 12) ? Integer.parseInt(lines[0].substring(9, 12)) : -1;
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim());
				}
			}
			return new Answer(status, headers, body);
		}

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
