package app.aftercare.patient;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Collection;

import app.aftercare.audit.AuditAction;
import app.aftercare.audit.AuditLog;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, finds and searches the patients of a clinic. Every method takes the
 * clinic id of the signed-in staff member; a patient of another clinic is not found.
 * Views and changes are audited.
 */
@Service
public class PatientService {

	public static final int PAGE_SIZE = 20;

	static final int MAX_RECENT = 50;

	private static final String RECORD_TYPE = "Patient";

	private final Patients patients;

	private final AuditLog auditLog;

	private final Clock clock;

	PatientService(Patients patients, AuditLog auditLog, Clock clock) {
		this.patients = patients;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	public Patient create(Long clinicId, PatientDetails details) {
		Patient patient = this.patients.save(new Patient(clinicId, details, this.clock.instant()));
		this.auditLog.record(AuditAction.CREATE, RECORD_TYPE, patient.getId());
		return patient;
	}

	/**
	 * Changes a patient, provided nobody changed them since the given version was read.
	 * @throws PatientConflictException when the version is stale
	 * @throws PatientNotFoundException when the clinic has no such patient
	 */
	@Transactional
	public Patient update(Long clinicId, Long id, long version, PatientDetails details) {
		Patient patient = find(clinicId, id);
		if (patient.getVersion() != version) {
			throw new PatientConflictException(patient);
		}
		patient.change(details, this.clock.instant());
		this.patients.flush();
		this.auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id);
		return patient;
	}

	/**
	 * A patient of the clinic, for use by other features; not audited as a view.
	 * @throws PatientNotFoundException when the clinic has no such patient
	 */
	@Transactional(readOnly = true)
	public Patient get(Long clinicId, Long id) {
		return find(clinicId, id);
	}

	/**
	 * A patient of the clinic whose details are about to be shown to staff: audited.
	 * @throws PatientNotFoundException when the clinic has no such patient
	 */
	@Transactional(readOnly = true)
	public Patient view(Long clinicId, Long id) {
		Patient patient = find(clinicId, id);
		this.auditLog.record(AuditAction.VIEW, RECORD_TYPE, id);
		return patient;
	}

	/**
	 * One page of the patients whose names start with every word of the query, by last
	 * name; erased patients are left out. A page number beyond the last gives the last
	 * page. Audited as a list, or a search when there is a query (whose text is not kept:
	 * it may be a patient's name).
	 */
	@Transactional(readOnly = true)
	public Page<Patient> search(Long clinicId, String query, int page) {
		List<String> tokens = SearchText.tokens(query);
		long total = this.patients.countMatching(clinicId, tokens);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(page, 0), lastPage);
		List<Patient> content = (total == 0) ? List.of()
				: this.patients.findMatching(clinicId, tokens, number * PAGE_SIZE, PAGE_SIZE);
		this.auditLog.record(tokens.isEmpty() ? AuditAction.PATIENT_LIST : AuditAction.PATIENT_SEARCH, RECORD_TYPE,
				null);
		return new PageImpl<>(content, PageRequest.of(number, PAGE_SIZE), total);
	}

	/**
	 * Removes the personal data of a patient of the clinic (see {@link Patient#erase}).
	 * Not audited here: the caller records the erasure as a whole.
	 * @throws PatientNotFoundException when the clinic has no such patient
	 */
	@Transactional
	public Patient erase(Long clinicId, Long id) {
		Patient patient = find(clinicId, id);
		patient.erase(this.clock.instant());
		this.patients.flush();
		return patient;
	}

	/**
	 * The most recently created or changed patients of the clinic, newest first; erased
	 * patients are left out.
	 */
	@Transactional(readOnly = true)
	public List<Patient> recent(Long clinicId, int limit) {
		int bounded = Math.min(Math.max(limit, 1), MAX_RECENT);
		return this.patients.findByClinicIdAndErasedAtIsNullOrderByUpdatedAtDescIdDesc(clinicId, Limit.of(bounded));
	}

	/**
	 * Full names of the clinic's patients with these ids, in one query; ids of other
	 * clinics are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Long clinicId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.patients.findByClinicIdAndIdIn(clinicId, ids)
			.stream()
			.collect(Collectors.toMap(Patient::getId, Patient::getFullName));
	}

	/**
	 * The clinic's patients with these ids, by id, in one query; ids of other clinics are
	 * left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Patient> byId(Long clinicId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.patients.findByClinicIdAndIdIn(clinicId, ids)
			.stream()
			.collect(Collectors.toMap(Patient::getId, Function.identity()));
	}

	private Patient find(Long clinicId, Long id) {
		return this.patients.findByIdAndClinicId(id, clinicId).orElseThrow(() -> {
			this.auditLog.record(AuditAction.RECORD_NOT_FOUND, RECORD_TYPE, id);
			return new PatientNotFoundException();
		});
	}

}
