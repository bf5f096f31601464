package app.aftercare.clinic;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.aftercare.outbox.ComposedMessage;
import app.aftercare.outbox.Composition;
import app.aftercare.outbox.MailTemplates;
import app.aftercare.outbox.MessageComposer;
import app.aftercare.outbox.MessageKind;
import app.aftercare.outbox.OutboxMessage;
import app.aftercare.web.PublicAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the email of a password-reset link when the worker sends it: in English (staff
 * emails are), with the clinic's name, the link on the public address, and until when it
 * works, in the clinic's time zone with the zone named. A link that was used, has expired
 * or was replaced, or whose account was disabled since, is not sent.
 */
@Component
class PasswordResetComposer implements MessageComposer {

	private static final Locale STAFF = Locale.ENGLISH;

	private final PasswordResetService resets;

	private final MailTemplates templates;

	private final PublicAddress publicAddress;

	private final ZoneNames zoneNames;

	private final MessageSource messages;

	PasswordResetComposer(PasswordResetService resets, MailTemplates templates, PublicAddress publicAddress,
			ZoneNames zoneNames, MessageSource messages) {
		this.resets = resets;
		this.templates = templates;
		this.publicAddress = publicAddress;
		this.zoneNames = zoneNames;
		this.messages = messages;
	}

	@Override
	public Set<MessageKind> kinds() {
		return Set.of(MessageKind.PASSWORD_RESET);
	}

	@Override
	public Composition compose(OutboxMessage message, Instant now) {
		Long resetId = resetId(message.about());
		if (resetId == null) {
			return new Composition.Skip("not a password-reset link");
		}
		return this.resets.toSend(resetId, now)
			.<Composition>map((link) -> new Composition.Send(render(link)))
			.orElseGet(() -> new Composition.Skip("link used, expired or replaced, or account disabled"));
	}

	private ComposedMessage render(PasswordResetService.LinkToSend link) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern(this.messages.getMessage("format.dayTime", null, STAFF),
				STAFF);
		String validUntil = format.format(link.validUntil().atZone(link.timeZone())) + " ("
				+ this.zoneNames.name(link.timeZone(), STAFF) + ")";
		Map<String, Object> model = Map.of("name", link.name(), "clinic", link.clinicName(), "link",
				this.publicAddress.baseUrl() + "/password-reset/" + link.token(), "validUntil", validUntil, "minutes",
				PasswordReset.VALID_FOR.toMinutes());
		return this.templates.render("password-reset", STAFF, model, link.email(), "mail.passwordReset.subject",
				new Object[] { link.clinicName() }, Map.of());
	}

	private static Long resetId(String about) {
		if (about == null || !about.startsWith(PasswordResetService.ABOUT)) {
			return null;
		}
		try {
			return Long.valueOf(about.substring(PasswordResetService.ABOUT.length()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
