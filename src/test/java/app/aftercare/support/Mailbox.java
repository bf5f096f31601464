package app.aftercare.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, and what it received. A
 * test class keeps one in a static field, points the application at it from its
 * {@code @DynamicPropertySource} with {@link #configure}, and runs the outbox worker's
 * cycles itself.
 */
public final class Mailbox {

	private final GreenMail greenMail;

	private Mailbox() {
		this.greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		this.greenMail.start();
	}

	public static Mailbox started() {
		return new Mailbox();
	}

	/**
	 * Sends the application's mail here ({@code spring.mail.host}, {@code .port}) and
	 * turns the scheduled worker off, so that only the test runs cycles.
	 */
	public void configure(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> this.greenMail.getSmtp().getPort());
		properties.add("aftercare.outbox.worker.enabled", () -> "false");
	}

	public List<MimeMessage> received() {
		return List.of(this.greenMail.getReceivedMessages());
	}

	/**
	 * What was received for {@code address}.
	 */
	public List<MimeMessage> to(String address) {
		return received().stream().filter((mail) -> {
			try {
				return Arrays.stream(mail.getAllRecipients()).anyMatch((to) -> to.toString().contains(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	public void empty() {
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void stop() {
		this.greenMail.stop();
	}

	/**
	 * The plain-text part of an email, decoded.
	 */
	public static String text(MimeMessage email) {
		try {
			String text = textIn(email.getContent());
			if (text == null) {
				throw new IllegalStateException("The email has no text part");
			}
			return text;
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The HTML part of an email, decoded, or null.
	 */
	public static String html(MimeMessage email) {
		try {
			return partIn(email.getContent(), "text/html");
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String textIn(Object content) throws MessagingException, java.io.IOException {
		return (content instanceof String text) ? text : partIn(content, "text/plain");
	}

	private static String partIn(Object content, String type) throws MessagingException, java.io.IOException {
		if (content instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				BodyPart part = parts.getBodyPart(i);
				String found = part.isMimeType(type) ? (String) part.getContent()
						: part.isMimeType("multipart/*") ? partIn(part.getContent(), type) : null;
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
