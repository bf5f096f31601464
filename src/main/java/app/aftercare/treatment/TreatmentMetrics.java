package app.aftercare.treatment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts treatments logged, for the operator's metrics
 * ({@code aftercare_treatments_logged_total}).
 */
@Component
class TreatmentMetrics {

	private final Counter logged;

	TreatmentMetrics(MeterRegistry meters) {
		this.logged = meters.counter("aftercare.treatments.logged");
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onLogged(TreatmentLogged event) {
		this.logged.increment();
	}

}
