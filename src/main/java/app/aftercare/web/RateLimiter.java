package app.aftercare.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Token buckets by key, kept in memory for the most recently seen keys. One instance per
 * limit; several application instances each apply their own, so this suits only limits
 * that protect an instance's own CPU (the plan preview API). Limits against guessing
 * count across instances in {@link Throttles}.
 */
public final class RateLimiter {

	private static final int MAX_KEYS = 50_000;

	private final long capacity;

	private final Duration period;

	private final boolean fixedWindow;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}

	});

	public RateLimiter(long capacity, Duration period) {
		this(capacity, period, false);
	}

	private RateLimiter(long capacity, Duration period, boolean fixedWindow) {
		this.capacity = capacity;
		this.period = period;
		this.fixedWindow = fixedWindow;
	}

	/**
	 * A limit whose whole allowance comes back at once at the end of each period, rather
	 * than little by little: "at most N per period", exactly.
	 */
	public static RateLimiter fixedWindow(long capacity, Duration period) {
		return new RateLimiter(capacity, period, true);
	}

	/**
	 * Takes one token for the key.
	 * @return false when the key has used up its allowance
	 */
	public boolean tryAcquire(String key) {
		return bucket(key).tryConsume(1);
	}

	/**
	 * Whether the key has no allowance left, without using any.
	 */
	public boolean isExhausted(String key) {
		Bucket bucket = this.buckets.get(key);
		return bucket != null && bucket.getAvailableTokens() < 1;
	}

	private Bucket bucket(String key) {
		return this.buckets.computeIfAbsent(key, (k) -> Bucket.builder().addLimit(limit()).build());
	}

	private Bandwidth limit() {
		if (this.fixedWindow) {
			return Bandwidth.builder().capacity(this.capacity).refillIntervally(this.capacity, this.period).build();
		}
		return Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.period).build();
	}

}
