package app.aftercare.patientlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.outbox.Channel;
import app.aftercare.outbox.MessageKind;
import app.aftercare.outbox.NewMessage;
import app.aftercare.outbox.Outbox;
import app.aftercare.rules.Milestone;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.Plan;
import app.aftercare.treatment.TreatmentFile;
import app.aftercare.treatment.LinkEmailAsked;
import app.aftercare.treatment.PatientEmailKeys;
import app.aftercare.treatment.PatientLinkPort;
import app.aftercare.treatment.TreatmentLogged;
import app.aftercare.treatment.TreatmentService;
import app.aftercare.web.PublicAddress;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient links: created with each treatment, printed again unchanged until revoked,
 * reissued on demand; {@link PatientPageService} resolves a token to its page.
 */
@Service
public class PatientLinkService implements PatientLinkPort {

	/** A link works at least this long after the treatment. */
	static final Duration AFTER_TREATMENT = Duration.ofDays(14);

	/** ...and at least this long after full training is allowed. */
	static final Duration AFTER_FULL_TRAINING = Duration.ofDays(7);

	private final PatientLinks links;

	private final LinkTokens tokens;

	private final TreatmentService treatments;

	private final AuditLog auditLog;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final PublicAddress publicAddress;

	private final Outbox outbox;

	PatientLinkService(PatientLinks links, LinkTokens tokens, TreatmentService treatments, AuditLog auditLog,
			Clock clock, JdbcTemplate jdbc, PublicAddress publicAddress, Outbox outbox) {
		this.outbox = outbox;
		this.links = links;
		this.tokens = tokens;
		this.treatments = treatments;
		this.auditLog = auditLog;
		this.clock = clock;
		this.jdbc = jdbc;
		this.publicAddress = publicAddress;
	}

	@EventListener
	void onTreatmentLogged(TreatmentLogged event) {
		issue(event.clinicId(), event.treatmentId());
	}

	/**
	 * Queues the email of the treatment's active link, once per link: saving again with
	 * the tick emails a link only after it was reissued.
	 */
	@EventListener
	void onLinkEmailAsked(LinkEmailAsked event) {
		this.links.findActive(event.clinicId(), event.treatmentId())
			.ifPresent((link) -> this.outbox.queue(new NewMessage(event.clinicId(), Channel.EMAIL, event.to(),
					MessageKind.PATIENT_LINK, PatientEmailKeys.about(event.treatmentId()), this.clock.instant(),
					PatientEmailKeys.link(event.treatmentId(), link.getId()))));
	}

	/**
	 * Revokes the treatment's current link and issues a new one; other treatments' links
	 * are untouched.
	 */
	@Transactional
	public void reissue(Long clinicId, Long treatmentId) {
		this.treatments.file(clinicId, treatmentId);
		Instant now = this.clock.instant();
		this.links.findActive(clinicId, treatmentId).ifPresent((link) -> {
			link.revoke(now);
			this.links.save(link);
		});
		this.links.flush();
		issue(clinicId, treatmentId);
		this.auditLog.record(AuditAction.LINK_REISSUED, "Treatment", treatmentId);
	}

	/**
	 * Every link, active or not, of these treatments of the clinic, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<PatientLink> links(Long clinicId, Collection<Long> treatmentIds) {
		if (treatmentIds.isEmpty()) {
			return List.of();
		}
		return this.links.findByClinicIdAndTreatmentIdInOrderByCreatedAtAsc(clinicId, treatmentIds);
	}

	/**
	 * Revokes every active link of these treatments of the clinic, without issuing new
	 * ones (erasure of a patient).
	 * @return how many links were revoked
	 */
	@Transactional
	public int revokeAll(Long clinicId, Collection<Long> treatmentIds) {
		Instant now = this.clock.instant();
		int revoked = 0;
		for (PatientLink link : links(clinicId, treatmentIds)) {
			if (!link.isRevoked()) {
				link.revoke(now);
				revoked++;
			}
		}
		return revoked;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LinkState> state(Long clinicId, Long treatmentId, Plan plan) {
		return this.links.findActive(clinicId, treatmentId)
			.map((link) -> new LinkState(url(link), !this.publicAddress.isConfigured(), link.getLastOpenedAt(),
					link.getOpenCount(), expiresAt(plan)));
	}

	/**
	 * Adds opens of links counted in memory ({@link LinkOpens}): to each link's count,
	 * and "last opened" moved to the latest, so that the flushes of several instances add
	 * up in any order. Links in id order, so two instances flushing at once cannot
	 * deadlock; committed without waiting for the disk, since "last opened" is a
	 * convenience: a crash may lose the last fraction of a second of it, never anything
	 * clinical.
	 */
	@Transactional
	public void recordOpens(SortedMap<String, LinkOpens.Opens> opens) {
		this.jdbc.execute("set local synchronous_commit to off");
		List<Object[]> rows = opens.entrySet()
			.stream()
			.map((entry) -> new Object[] { entry.getValue().count(),
					OffsetDateTime.ofInstant(entry.getValue().last(), ZoneOffset.UTC), entry.getKey() })
			.toList();
		this.jdbc.batchUpdate("update patient_link set open_count = open_count + ?,"
				+ " last_opened_at = greatest(last_opened_at, ?) where token_hash = ?", rows);
	}

	/**
	 * 14 days after treatment or 7 days after full training, whichever is later; while
	 * full training is on hold the link does not expire.
	 */
	public static Instant expiresAt(Plan plan) {
		Milestone fullTraining = plan.milestone(MilestoneCode.FULL_TRAINING);
		if (fullTraining.onHold()) {
			return null;
		}
		Instant afterTreatment = plan.treatedAt().plus(AFTER_TREATMENT);
		Instant afterTraining = fullTraining.from().plus(AFTER_FULL_TRAINING);
		return afterTraining.isAfter(afterTreatment) ? afterTraining : afterTreatment;
	}

	static boolean isExpired(Plan plan, Instant now) {
		Instant expiresAt = expiresAt(plan);
		return expiresAt != null && !now.isBefore(expiresAt);
	}

	/**
	 * The absolute URL to print, on the {@link PublicAddress}.
	 */
	public String url(PatientLink link) {
		return this.publicAddress.baseUrl() + "/p/" + this.tokens.token(link.getSeed());
	}

	private PatientLink issue(Long clinicId, Long treatmentId) {
		String seed = this.tokens.newSeed();
		return this.links.save(new PatientLink(clinicId, treatmentId, seed, LinkTokens.hash(this.tokens.token(seed)),
				this.clock.instant()));
	}

}
