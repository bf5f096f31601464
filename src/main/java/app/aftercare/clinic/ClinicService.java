package app.aftercare.clinic;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;
import app.aftercare.security.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates clinics with their first administrator, looks them up and changes their
 * details.
 */
@Service
public class ClinicService {

	private final Clinics clinics;

	private final StaffMembers staffMembers;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	ClinicService(Clinics clinics, StaffMembers staffMembers, PasswordEncoder passwordEncoder, AuditLog auditLog,
			Clock clock) {
		this.clinics = clinics;
		this.staffMembers = staffMembers;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isSetUp() {
		return this.staffMembers.anyExists();
	}

	/**
	 * First run: creates the clinic and its first administrator, only while nobody can
	 * sign in yet.
	 * @throws SetupClosedException once a staff member exists
	 */
	@Transactional
	public StaffMember setUp(NewClinic command) {
		this.staffMembers.lockForSetup();
		if (this.staffMembers.anyExists()) {
			throw new SetupClosedException();
		}
		return createClinic(command);
	}

	/**
	 * Self-service sign-up of another clinic, when the deployment allows it.
	 * @throws EmailTakenException when the email already signs someone in
	 */
	@Transactional
	public StaffMember register(NewClinic command) {
		return createClinic(command);
	}

	private StaffMember createClinic(NewClinic command) {
		if (this.staffMembers.existsByEmail(StaffMember.normalizeEmail(command.email()))) {
			throw new EmailTakenException();
		}
		Clinic clinic = this.clinics
			.save(new Clinic(command.clinicName().trim(), command.timeZone(), this.clock.instant()));
		StaffMember admin = this.staffMembers.save(new StaffMember(clinic, command.adminName().trim(), command.email(),
				this.passwordEncoder.encode(command.password()), Role.ADMIN, this.clock.instant()));
		this.auditLog.recordFor(clinic.getId(), admin.getId(), admin.getEmail(), AuditAction.CLINIC_SETUP, "Clinic",
				clinic.getId());
		return admin;
	}

	@Transactional(readOnly = true)
	public Optional<StaffMember> findForLogin(String email) {
		return this.staffMembers.findForLogin(email);
	}

	/**
	 * The names of the clinic's staff by id, for pages that show who did what.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> staffNames(Long clinicId) {
		return this.staffMembers.findByClinicIdOrderByNameAsc(clinicId)
			.stream()
			.collect(Collectors.toMap(StaffMember::getId, StaffMember::getName));
	}

	/**
	 * A staff member of the clinic, enabled or not.
	 */
	@Transactional(readOnly = true)
	public Optional<StaffMember> staffMember(Long clinicId, Long staffId) {
		return this.staffMembers.findByIdAndClinicId(staffId, clinicId);
	}

	@Transactional(readOnly = true)
	public Clinic clinic(Long clinicId) {
		return this.clinics.findById(clinicId).orElseThrow(ClinicNotFoundException::new);
	}

	/**
	 * Changes the clinic's name, time zone, contact details and default language.
	 */
	@Transactional
	public Clinic updateDetails(Long clinicId, ClinicDetails details) {
		Clinic clinic = this.clinics.findById(clinicId).orElseThrow(ClinicNotFoundException::new);
		clinic.updateDetails(details.name(), details.timeZone(), details.phone(), details.address(),
				details.defaultLanguage(), details.alertEmail());
		this.auditLog.record(AuditAction.UPDATE, "Clinic", clinicId);
		return clinic;
	}

	/**
	 * @param alertEmail where alerts are emailed besides the treating physiotherapist, or
	 * null
	 */
	public record ClinicDetails(String name, ZoneId timeZone, String phone, String address, String defaultLanguage,
			String alertEmail) {

		public ClinicDetails(String name, ZoneId timeZone, String phone, String address, String defaultLanguage) {
			this(name, timeZone, phone, address, defaultLanguage, null);
		}

	}

	public record NewClinic(String clinicName, ZoneId timeZone, String adminName, String email, String password) {
	}

}
