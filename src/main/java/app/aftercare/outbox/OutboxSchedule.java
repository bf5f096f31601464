package app.aftercare.outbox;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link OutboxWorker} on every instance, {@code aftercare.outbox.poll} after
 * the end of its last cycle (10 s unless set).
 * {@code aftercare.outbox.worker.enabled=false} turns it off (the tests do, and run
 * cycles themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "aftercare.outbox.worker.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

	private static final Log logger = LogFactory.getLog(OutboxSchedule.class);

	private final OutboxWorker worker;

	OutboxSchedule(OutboxWorker worker) {
		this.worker = worker;
	}

	@Scheduled(fixedDelayString = "${aftercare.outbox.poll:10s}", initialDelayString = "${aftercare.outbox.poll:10s}")
	void poll() {
		try {
			this.worker.runOnce();
		}
		catch (RuntimeException ex) {
			logger.warn("The outbox worker's cycle failed: " + ex);
		}
	}

}
