package app.aftercare.clinic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.outbox.Channel;
import app.aftercare.outbox.MessageKind;
import app.aftercare.outbox.NewMessage;
import app.aftercare.outbox.Outbox;
import app.aftercare.security.LinkSecret;
import app.aftercare.web.Throttles;
import app.aftercare.web.TooManyRequestsException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password resets by email: a staff member who forgot their password asks for a link at
 * {@code /password-reset} (or an admin sends one from the staff page), and sets a new
 * password with it. The link is valid for 30 minutes and once; a newer one replaces it.
 * Its email is queued in the outbox in the transaction that makes the link, and composed
 * when it is sent ({@link PasswordResetComposer}).
 * <p>
 * Asking for a link answers the same whether or not the address belongs to an active
 * account, and sends nothing when it does not. The email leaves later, from the outbox,
 * so no wait on a mail server tells the two apart; what is left is a few inserts for a
 * real account (the link, its message, its audit event), and the throttles, per address
 * and per email, allow too few tries to measure that over a network.
 */
@Service
public class PasswordResetService {

	static final String RECORD_TYPE = "StaffMember";

	/** What an outbox message of a link is about: this and the link's id. */
	static final String ABOUT = "password-reset:";

	static final int PER_EMAIL = 5;

	static final int PER_ADDRESS = 20;

	private static final Duration WINDOW = Duration.ofHours(1);

	static final Throttles.Limit EMAIL = new Throttles.Limit("password-reset-email", PER_EMAIL, WINDOW);

	static final Throttles.Limit ADDRESS = new Throttles.Limit("password-reset-address", PER_ADDRESS, WINDOW);

	/**
	 * Seeds of reset links are HMAC'd under their own label, never as a patient link's.
	 */
	private static final String TOKEN_LABEL = "password-reset:";

	private final PasswordResets resets;

	private final StaffMembers staffMembers;

	private final LinkSecret linkSecret;

	private final PasswordEncoder passwordEncoder;

	private final Outbox outbox;

	private final Throttles throttles;

	private final StaffSessions staffSessions;

	private final AuditLog auditLog;

	private final Clock clock;

	PasswordResetService(PasswordResets resets, StaffMembers staffMembers, LinkSecret linkSecret,
			PasswordEncoder passwordEncoder, Outbox outbox, Throttles throttles, StaffSessions staffSessions,
			AuditLog auditLog, Clock clock) {
		this.resets = resets;
		this.staffMembers = staffMembers;
		this.linkSecret = linkSecret;
		this.passwordEncoder = passwordEncoder;
		this.outbox = outbox;
		this.throttles = throttles;
		this.staffSessions = staffSessions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Someone at {@code address} asks for a link for {@code email}: sent when it signs in
	 * an enabled account, else nothing happens, and the caller cannot tell which.
	 * @throws TooManyRequestsException when the address or the email asked too often
	 */
	@Transactional
	public void request(String email, String address) {
		String account = StaffMember.normalizeEmail(email);
		Throttles.Key[] keys = { EMAIL.key(account), ADDRESS.key(String.valueOf(address)) };
		for (Throttles.Key exhausted : this.throttles.exhausted(keys)) {
			this.throttles.refused(exhausted.limit());
			throw new TooManyRequestsException();
		}
		this.throttles.fail(keys);
		Optional<StaffMember> member = this.staffMembers.findForLogin(account).filter(StaffMember::isEnabled);
		if (member.isPresent()) {
			StaffMember staff = member.get();
			issue(staff);
			this.auditLog.recordAnonymous(staff.getClinic().getId(), staff.getEmail(), AuditAction.PASSWORD_RESET_SENT,
					RECORD_TYPE, staff.getId());
		}
	}

	/**
	 * An admin sends a staff member of the clinic a link.
	 * @throws StaffMemberNotFoundException when the clinic has no such staff member
	 * @throws AccountDisabledException when the member is disabled: a link would not work
	 */
	@Transactional
	public void sendByAdmin(Long clinicId, Long staffId) {
		StaffMember staff = this.staffMembers.findByIdAndClinicId(staffId, clinicId).orElseThrow(() -> {
			this.auditLog.record(AuditAction.RECORD_NOT_FOUND, RECORD_TYPE, staffId);
			return new StaffMemberNotFoundException();
		});
		if (!staff.isEnabled()) {
			throw new AccountDisabledException();
		}
		issue(staff);
		this.auditLog.record(AuditAction.PASSWORD_RESET_SENT, RECORD_TYPE, staffId);
	}

	/**
	 * Whether a link sets a password now. Unknown, malformed, used, expired and replaced
	 * links, and those of a disabled account, are all simply not usable.
	 */
	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return find(token).filter((reset) -> reset.isUsableAt(this.clock.instant()))
			.flatMap((reset) -> this.staffMembers.findByIdAndClinicId(reset.getStaffId(), reset.getClinicId()))
			.filter(StaffMember::isEnabled)
			.isPresent();
	}

	/**
	 * Sets a new password with a link, uses the link up, and ends every session of the
	 * staff member, on every instance.
	 * @throws ResetLinkNotUsableException when the link is unknown, used or expired, or
	 * its account was disabled since
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		Instant now = this.clock.instant();
		PasswordReset reset = find(token).orElseThrow(ResetLinkNotUsableException::new);
		StaffMember staff = this.staffMembers.findByIdAndClinicId(reset.getStaffId(), reset.getClinicId())
			.filter(StaffMember::isEnabled)
			.orElseThrow(ResetLinkNotUsableException::new);
		if (this.resets.use(reset.getId(), now) == 0) {
			throw new ResetLinkNotUsableException();
		}
		staff.changePassword(this.passwordEncoder.encode(newPassword));
		this.auditLog.recordFor(staff.getClinic().getId(), staff.getId(), staff.getEmail(), AuditAction.PASSWORD_RESET,
				RECORD_TYPE, staff.getId());
		this.staffSessions.endSessionsOf(staff.getId());
	}

	/**
	 * What the email of a link needs when it is sent, while the link is still usable and
	 * its account enabled.
	 */
	@Transactional(readOnly = true)
	public Optional<LinkToSend> toSend(Long resetId, Instant now) {
		return this.resets.findById(resetId)
			.filter((reset) -> reset.isUsableAt(now))
			.flatMap((reset) -> this.staffMembers.findByIdAndClinicId(reset.getStaffId(), reset.getClinicId())
				.filter(StaffMember::isEnabled)
				.map((staff) -> new LinkToSend(staff.getEmail(), staff.getName(), staff.getClinic().getName(),
						staff.getClinic().getTimeZone(), tokenOf(reset.getSeed()), reset.getExpiresAt())));
	}

	/**
	 * A new link for the staff member, replacing any unused one, and its email queued.
	 */
	private void issue(StaffMember staff) {
		this.resets.deleteUnusedOf(staff.getId());
		String seed = this.linkSecret.newSeed();
		PasswordReset reset = this.resets.save(new PasswordReset(staff.getClinic().getId(), staff.getId(), seed,
				LinkSecret.hash(tokenOf(seed)), this.clock.instant()));
		this.outbox.queue(new NewMessage(staff.getClinic().getId(), Channel.EMAIL, staff.getEmail(),
				MessageKind.PASSWORD_RESET, about(reset.getId()), this.clock.instant(), about(reset.getId())));
	}

	private Optional<PasswordReset> find(String token) {
		if (!LinkSecret.isWellFormed(token)) {
			return Optional.empty();
		}
		return this.resets.findByTokenHash(LinkSecret.hash(token));
	}

	private String tokenOf(String seed) {
		return this.linkSecret.token(TOKEN_LABEL + seed);
	}

	static String about(Long resetId) {
		return ABOUT + resetId;
	}

	/**
	 * A link about to be emailed: to whom, and what the message says.
	 */
	public record LinkToSend(String email, String name, String clinicName, ZoneId timeZone, String token,
			Instant validUntil) {

		/**
		 * Never the token, should this ever be logged.
		 */
		@Override
		public String toString() {
			return "LinkToSend[valid until " + this.validUntil + "]";
		}

	}

}
