package app.aftercare.outbox;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends email through Spring Boot's {@link JavaMailSender}, which exists only when
 * {@code spring.mail.host} is set; without it email stays
 * {@link MessageStatus#NO_SERVER}. The sender is {@code aftercare.mail.from}.
 */
@Component
class EmailSender implements ChannelSender {

	private final JavaMailSender mailSender;

	private final String from;

	@Autowired
	EmailSender(ObjectProvider<JavaMailSender> mailSender,
			@Value("${aftercare.mail.from:Aftercare <aftercare@localhost>}") String from) {
		this(mailSender.getIfAvailable(), from);
	}

	/**
	 * @param mailSender the mail server, or null when none is configured
	 */
	EmailSender(JavaMailSender mailSender, String from) {
		this.mailSender = mailSender;
		this.from = from;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean configured() {
		return this.mailSender != null;
	}

	@Override
	public void send(ComposedMessage message) throws Exception {
		if (this.mailSender == null) {
			throw new IllegalStateException("no mail server configured");
		}
		MimeMessage mime = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, message.html() != null, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		if (message.html() != null) {
			helper.setText(message.text(), message.html());
		}
		else {
			helper.setText(message.text());
		}
		for (Map.Entry<String, String> header : message.headers().entrySet()) {
			mime.setHeader(header.getKey(), header.getValue());
		}
		this.mailSender.send(mime);
	}

}
