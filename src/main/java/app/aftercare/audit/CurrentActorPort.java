package app.aftercare.audit;

import java.util.Optional;

/**
 * The staff member the current request acts for, if any. Implemented where sign-in is
 * known ({@code security}); the audit log depends on this port, not on the principal.
 */
@FunctionalInterface
public interface CurrentActorPort {

	Optional<Actor> get();

}
