package app.aftercare.outbox;

/**
 * Delivers messages of one channel; the worker picks the sender by channel. A sender that
 * is not {@link #configured()} leaves its messages {@link MessageStatus#NO_SERVER}.
 */
public interface ChannelSender {

	Channel channel();

	boolean configured();

	/**
	 * Delivers the message, or throws: the worker then tries again later.
	 */
	void send(ComposedMessage message) throws Exception;

}
