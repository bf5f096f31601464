package app.aftercare.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events. The actor, clinic and address come from the signed-in staff
 * member and the current request; callers say only what happened to which record.
 * <p>
 * No request ever needs a second pool connection for its audit trail (QUALITY 25): a
 * change ({@link AuditAction#isChange()}) made in a read-write transaction is written in
 * that transaction and commits or rolls back with it. Every other event — a view in a
 * read-only transaction, a denial, a failed login, an error that rolls the change back —
 * is kept with the request and written by {@link AuditFlushFilter} once the handler has
 * returned and its connection is back in the pool. What a crash can lose: the events of
 * requests whose handler had finished but whose events were not yet written (a few
 * milliseconds each), and those of a request whose write fails because the database is
 * unreachable (logged as a warning); changes are never lost, as they commit with their
 * event.
 */
@Service
public class AuditLog {

	public static final int PAGE_SIZE = 50;

	/** The longest actor (an email address) the audit trail keeps. */
	public static final int MAX_ACTOR_LENGTH = 254;

	private static final int MAX_ADDRESS_LENGTH = 64;

	private static final int MAX_DETAIL_LENGTH = 200;

	private static final String PENDING = AuditLog.class.getName() + ".pending";

	private static final int MAX_BATCH_REQUESTS = 256;

	private static final Duration WRITER_WAIT = Duration.ofMillis(20);

	private static final Actor NOBODY = new Actor(null, null, null);

	private static final Log logger = LogFactory.getLog(AuditLog.class);

	private final Queue<Handed> handed = new ConcurrentLinkedQueue<>();

	private final Lock writer = new ReentrantLock();

	private final AuditEvents events;

	private final Clock clock;

	private final CurrentActorPort currentActor;

	private final TransactionTemplate transaction;

	AuditLog(AuditEvents events, Clock clock, CurrentActorPort currentActor, PlatformTransactionManager transactions) {
		this.events = events;
		this.clock = clock;
		this.currentActor = currentActor;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Records an action of the signed-in staff member on a record of their clinic.
	 */
	public void record(AuditAction action, String recordType, Long recordId) {
		Actor me = this.currentActor.get().orElse(NOBODY);
		write(action, new AuditEvent(me.clinicId(), me.staffId(), me.name(), action.name(), recordType, recordId,
				this.clock.instant(), remoteAddress(), null));
	}

	/**
	 * Records what a signed-in staff member was refused: the method and path, without
	 * query string, a patient link's token masked.
	 */
	public void accessDenied(String method, String path) {
		Actor me = this.currentActor.get().orElse(NOBODY);
		write(AuditAction.ACCESS_DENIED,
				new AuditEvent(me.clinicId(), me.staffId(), me.name(), AuditAction.ACCESS_DENIED.name(), null, null,
						this.clock.instant(), remoteAddress(),
						shortened(method + " " + maskedPath(path), MAX_DETAIL_LENGTH)));
	}

	/**
	 * Records an event of a known staff member who is not (yet) the signed-in one: a
	 * successful login, the admin created at clinic set-up.
	 */
	public void recordFor(Long clinicId, Long staffId, String actor, AuditAction action, String recordType,
			Long recordId) {
		write(action, new AuditEvent(clinicId, staffId, shortened(actor, MAX_ACTOR_LENGTH), action.name(), recordType,
				recordId, this.clock.instant(), remoteAddress(), null));
	}

	/**
	 * Records an event with no signed-in staff member (a failed login, a patient's
	 * check-in), attributed to the given clinic when known.
	 */
	public void recordAnonymous(Long clinicId, String actor, AuditAction action, String recordType, Long recordId) {
		recordFor(clinicId, null, actor, action, recordType, recordId);
	}

	/**
	 * One page of {@link #PAGE_SIZE} of the clinic's events, newest first. A negative
	 * page number gives the first page, one beyond the last gives the last.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEvent> page(Long clinicId, int page) {
		long total = this.events.countByClinicId(clinicId);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(page, 0), lastPage);
		PageRequest request = PageRequest.of(number, PAGE_SIZE);
		List<AuditEvent> content = (total == 0) ? List.of()
				: this.events.findByClinicIdOrderByOccurredAtDescIdDesc(clinicId, request);
		return new PageImpl<>(content, request, total);
	}

	/**
	 * Writes the events kept with this request, and returns once they are committed.
	 * Called when nothing in the request holds a connection any more.
	 * <p>
	 * Group commit: the requests finishing at the same time hand their events to one
	 * writer, whichever of them gets there first, which writes everything handed over so
	 * far in one transaction and repeats until nothing is left. Audit writes so take at
	 * most one pool connection however many requests finish together, and one commit for
	 * many requests.
	 */
	void flush(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		List<AuditEvent> pending = (List<AuditEvent>) request.getAttribute(PENDING);
		if (pending == null || pending.isEmpty()) {
			return;
		}
		request.removeAttribute(PENDING);
		Handed mine = new Handed(pending, new CompletableFuture<>());
		this.handed.add(mine);
		while (!mine.written().isDone()) {
			if (this.writer.tryLock()) {
				try {
					writeHandedOver();
				}
				finally {
					this.writer.unlock();
				}
			}
			else {
				awaitQuietly(mine.written());
			}
		}
	}

	private void writeHandedOver() {
		Handed next;
		while ((next = this.handed.peek()) != null) {
			List<Handed> batch = new ArrayList<>();
			List<AuditEvent> all = new ArrayList<>();
			while (batch.size() < MAX_BATCH_REQUESTS && (next = this.handed.poll()) != null) {
				batch.add(next);
				all.addAll(next.events());
			}
			try {
				this.transaction.executeWithoutResult((status) -> this.events.saveAll(all));
			}
			catch (DataAccessException | TransactionException ex) {
				logger.warn("Could not write " + all.size() + " audit event(s): " + ex.getClass().getSimpleName());
			}
			batch.forEach((handedOver) -> handedOver.written().complete(null));
		}
	}

	/**
	 * Waits a little for the writer; returns early when it has written these events. The
	 * caller then looks again, becoming the writer if there is none any more.
	 */
	private static void awaitQuietly(CompletableFuture<Void> written) {
		try {
			written.get(WRITER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// look again
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			written.complete(null);
		}
	}

	private void write(AuditAction action, AuditEvent event) {
		boolean readWrite = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		if (action.isChange() && readWrite) {
			this.events.save(event);
		}
		else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			pending(attributes.getRequest()).add(event);
		}
		else if (readWrite) {
			this.events.save(event);
		}
		else if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// outside any request and any transaction (start-up, the outbox worker's
			// thread, tests): a transaction of its own, the only connection taken
			this.transaction.executeWithoutResult((status) -> this.events.save(event));
		}
		else {
			// a read-only transaction outside a request: its event could only be written
			// on a second connection, which no code here may take (QUALITY 25)
			throw new IllegalStateException("Audit events are recorded in a read-write transaction or outside one, "
					+ "not in a read-only one outside a request: " + action);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<AuditEvent> pending(HttpServletRequest request) {
		Object pending = request.getAttribute(PENDING);
		if (pending instanceof List<?> list) {
			return (List<AuditEvent>) list;
		}
		List<AuditEvent> created = new ArrayList<>();
		request.setAttribute(PENDING, created);
		return created;
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return shortened(normalisedAddress(attributes.getRequest().getRemoteAddr()), MAX_ADDRESS_LENGTH);
		}
		return null;
	}

	/**
	 * One spelling per address, so that one client is one address on the audit page: an
	 * IPv4-mapped IPv6 address is its IPv4 address, and IPv6 is written in the short form
	 * of RFC 5952 ({@code 0:0:0:0:0:0:0:1} is {@code ::1}).
	 */
	static String normalisedAddress(String address) {
		if (address == null || !address.matches("[0-9A-Fa-f:.]+(%[\\w.-]+)?") || address.indexOf(':') < 0) {
			return address;
		}
		String literal = address.contains("%") ? address.substring(0, address.indexOf('%')) : address;
		try {
			// a literal of hex digits, dots and colons: parsed, never looked up
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			return (bytes.length == 4) ? InetAddress.getByAddress(bytes).getHostAddress() : shortIpv6(bytes);
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	/**
	 * The events of one request, handed to the writer.
	 */
	private record Handed(List<AuditEvent> events, CompletableFuture<Void> written) {
	}

	private static String shortIpv6(byte[] bytes) {
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				text.append("::");
				i += bestLength - 1;
				continue;
			}
			if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
				text.append(':');
			}
			text.append(Integer.toHexString(groups[i]));
		}
		return text.toString();
	}

	/**
	 * The path without the token of a patient link or a password-reset link, which must
	 * never be stored.
	 */
	static String maskedPath(String path) {
		return (path != null)
				? path.replaceFirst("^/p/[^/]*", "/p/***").replaceFirst("^/password-reset/[^/]*", "/password-reset/***")
				: "";
	}

	/**
	 * What is typed at the login form can be of any length; the trail keeps its start.
	 */
	private static String shortened(String text, int maxLength) {
		return (text != null && text.length() > maxLength) ? text.substring(0, maxLength) : text;
	}

}
