package app.aftercare.clinic;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Password-reset links. A token is looked up by its hash alone: the token itself is the
 * capability, as for a patient link.
 */
interface PasswordResets extends Repository<PasswordReset, Long> {

	PasswordReset save(PasswordReset reset);

	Optional<PasswordReset> findById(Long id);

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	/**
	 * Ends the staff member's links that were never used: a new request replaces them.
	 */
	@Modifying
	@Query("delete from PasswordReset r where r.staffId = :staffId and r.usedAt is null")
	int deleteUnusedOf(Long staffId);

	/**
	 * Uses the link if it is still usable, in one statement, so that of two requests
	 * sending the same link at once only one sets a password.
	 * @return whether this call used it
	 */
	@Modifying
	@Query("update PasswordReset r set r.usedAt = :now where r.id = :id and r.usedAt is null and r.expiresAt > :now")
	int use(Long id, Instant now);

}
