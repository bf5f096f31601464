package app.aftercare.outbox;

/**
 * How a message is delivered. Only {@link #EMAIL} has a sender today; an SMS provider is
 * added as another {@link ChannelSender}, without touching the worker.
 */
public enum Channel {

	EMAIL, SMS

}
