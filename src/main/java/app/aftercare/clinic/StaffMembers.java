package app.aftercare.clinic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Staff members. Every lookup but the one used to sign in is scoped to a clinic.
 */
public interface StaffMembers extends Repository<StaffMember, Long> {

	StaffMember save(StaffMember staffMember);

	@Query("select s from StaffMember s join fetch s.clinic where s.email = lower(trim(:email))")
	Optional<StaffMember> findForLogin(String email);

	boolean existsByEmail(String email);

	@Query("select count(s) > 0 from StaffMember s")
	boolean anyExists();

	Optional<StaffMember> findByIdAndClinicId(Long id, Long clinicId);

	List<StaffMember> findByClinicIdOrderByNameAsc(Long clinicId);

	/**
	 * Serialises first-run set-up so that two browsers cannot both create a clinic.
	 */
	@Modifying
	@Query(value = "lock table staff_member in share row exclusive mode", nativeQuery = true)
	void lockForSetup();

}
