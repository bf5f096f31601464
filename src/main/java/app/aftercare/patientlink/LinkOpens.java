package app.aftercare.patientlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Counts the opens of patient links in memory and adds them to the database every few
 * seconds, so that opening a page writes nothing (issue 14). Each flush adds this
 * instance's count to the stored one and keeps the later "last opened", so several
 * instances on one database add up. Staff see an open within
 * {@code aftercare.link-opens.flush-interval}; a crash loses at most that much of "last
 * opened", which is convenience data, never anything clinical. Stopping the application
 * flushes what is left, after the web server has finished its requests.
 */
@Component
class LinkOpens implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(LinkOpens.class);

	private final ConcurrentHashMap<String, Opens> pending = new ConcurrentHashMap<>();

	/** One flush at a time: a flush asked for waits for one under way to be stored. */
	private final ReentrantLock flushing = new ReentrantLock();

	private final PatientLinkService links;

	private final Clock clock;

	private final Duration interval;

	private ScheduledExecutorService flusher;

	LinkOpens(PatientLinkService links, Clock clock,
			@Value("${aftercare.link-opens.flush-interval:2s}") Duration interval) {
		this.links = links;
		this.clock = clock;
		this.interval = interval;
	}

	/**
	 * Notes one open of a link, now. Links are told by the hash of their token: unlike an
	 * id, it is never given to another link, even in a database emptied and filled again.
	 */
	void opened(String tokenHash) {
		Instant now = this.clock.instant();
		this.pending.merge(tokenHash, new Opens(1, now), Opens::plus);
	}

	/**
	 * Adds the opens counted so far to the database; on failure they stay counted for the
	 * next flush.
	 */
	void flush() {
		this.flushing.lock();
		try {
			flushPending();
		}
		finally {
			this.flushing.unlock();
		}
	}

	private void flushPending() {
		SortedMap<String, Opens> taken = new TreeMap<>();
		for (String tokenHash : this.pending.keySet()) {
			Opens opens = this.pending.remove(tokenHash);
			if (opens != null) {
				taken.put(tokenHash, opens);
			}
		}
		if (taken.isEmpty()) {
			return;
		}
		try {
			this.links.recordOpens(taken);
		}
		catch (RuntimeException ex) {
			taken.forEach((tokenHash, opens) -> this.pending.merge(tokenHash, opens, Opens::plus));
			logger.warn("Could not store {} link opens, will retry: {}", taken.size(), ex.toString());
		}
	}

	@Override
	public synchronized void start() {
		this.flusher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "link-opens");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.interval.toMillis();
		this.flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.flusher != null) {
			this.flusher.shutdown();
			try {
				this.flusher.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.flusher = null;
		}
		flush();
	}

	@Override
	public synchronized boolean isRunning() {
		return this.flusher != null;
	}

	/**
	 * Stopped after the web server (which stops at a higher phase), so that the opens of
	 * the last requests are flushed too.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 4096;
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			logger.warn("Flushing link opens failed", ex);
		}
	}

	/**
	 * Opens of one link not yet stored.
	 *
	 * @param count how many
	 * @param last the latest
	 */
	record Opens(int count, Instant last) {

		Opens plus(Opens other) {
			return new Opens(this.count + other.count, this.last.isAfter(other.last) ? this.last : other.last);
		}

	}

}
