package app.aftercare.outbox;

import org.springframework.stereotype.Component;

/**
 * SMS is not delivered yet: its messages stay {@link MessageStatus#NO_SERVER} ("no SMS
 * provider"). A provider is added as another {@link ChannelSender} of channel
 * {@link Channel#SMS}: the worker takes, for each channel, a sender that is configured.
 */
@Component
class SmsSender implements ChannelSender {

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public boolean configured() {
		return false;
	}

	@Override
	public void send(ComposedMessage message) {
		throw new IllegalStateException("no SMS provider configured");
	}

}
