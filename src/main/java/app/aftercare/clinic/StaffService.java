package app.aftercare.clinic;

import java.time.Clock;
import java.util.List;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.security.Role;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff of a clinic, as its admins manage them: add, disable, enable. Every method
 * takes the clinic id of the signed-in admin; a staff member of another clinic is not
 * found. Changes are audited.
 */
@Service
public class StaffService {

	private static final String RECORD_TYPE = "StaffMember";

	private static final String EMAIL_UNIQUE = "staff_member_email_uk";

	private final StaffMembers staffMembers;

	private final Clinics clinics;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffService(StaffMembers staffMembers, Clinics clinics, PasswordEncoder passwordEncoder, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock) {
		this.staffMembers = staffMembers;
		this.clinics = clinics;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The clinic's staff by name.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staff(Long clinicId) {
		return this.staffMembers.findByClinicIdOrderByNameAsc(clinicId);
	}

	/**
	 * Adds a staff member to the clinic.
	 * @throws EmailTakenException when the email already signs someone in, in any clinic
	 */
	@Transactional
	public StaffMember add(Long clinicId, NewStaffMember command) {
		String email = StaffMember.normalizeEmail(command.email());
		if (this.staffMembers.existsByEmail(email)) {
			throw new EmailTakenException();
		}
		Clinic clinic = this.clinics.findById(clinicId).orElseThrow(ClinicNotFoundException::new);
		StaffMember staffMember;
		try {
			staffMember = this.staffMembers.save(new StaffMember(clinic, command.name().strip(), email,
					this.passwordEncoder.encode(command.password()), command.role(), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			if (ex.getCause() instanceof ConstraintViolationException violation
					&& EMAIL_UNIQUE.equals(violation.getConstraintName())) {
				// the same email saved by a concurrent request since the check above
				throw new EmailTakenException();
			}
			throw ex;
		}
		this.auditLog.record(AuditAction.CREATE, RECORD_TYPE, staffMember.getId());
		return staffMember;
	}

	/**
	 * Disables a staff member of the clinic: they can no longer log in, and their live
	 * sessions end.
	 * @throws CannotDisableYourselfException when the admin names themselves
	 * @throws StaffMemberNotFoundException when the clinic has no such staff member
	 */
	@Transactional
	public StaffMember disable(Long clinicId, Long adminId, Long staffId) {
		if (staffId.equals(adminId)) {
			throw new CannotDisableYourselfException();
		}
		StaffMember staffMember = find(clinicId, staffId);
		staffMember.disable();
		this.events.publishEvent(new StaffMemberDisabled(clinicId, staffId));
		this.auditLog.record(AuditAction.DISABLE, RECORD_TYPE, staffId);
		return staffMember;
	}

	/**
	 * Lets a disabled staff member of the clinic log in again.
	 * @throws StaffMemberNotFoundException when the clinic has no such staff member
	 */
	@Transactional
	public StaffMember enable(Long clinicId, Long staffId) {
		StaffMember staffMember = find(clinicId, staffId);
		staffMember.enable();
		this.auditLog.record(AuditAction.ENABLE, RECORD_TYPE, staffId);
		return staffMember;
	}

	/**
	 * A new password an admin chose for a staff member who forgot theirs; they tell it to
	 * the staff member in person.
	 * @throws StaffMemberNotFoundException when the clinic has no such staff member
	 */
	@Transactional
	public StaffMember setPassword(Long clinicId, Long staffId, String password) {
		StaffMember staffMember = find(clinicId, staffId);
		staffMember.changePassword(this.passwordEncoder.encode(password));
		this.auditLog.record(AuditAction.PASSWORD_SET, RECORD_TYPE, staffId);
		return staffMember;
	}

	private StaffMember find(Long clinicId, Long staffId) {
		return this.staffMembers.findByIdAndClinicId(staffId, clinicId).orElseThrow(() -> {
			this.auditLog.record(AuditAction.RECORD_NOT_FOUND, RECORD_TYPE, staffId);
			return new StaffMemberNotFoundException();
		});
	}

	public record NewStaffMember(String name, String email, String password, Role role) {
	}

}
