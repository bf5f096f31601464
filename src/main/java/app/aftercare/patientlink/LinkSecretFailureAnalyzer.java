package app.aftercare.patientlink;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup why an instance with another link secret may not join the others.
 */
class LinkSecretFailureAnalyzer extends AbstractFailureAnalyzer<LinkSecretMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LinkSecretMismatchException cause) {
		return new FailureAnalysis(
				"This instance's patient-link secret (aftercare.link-secret, or the file "
						+ "aftercare.link-secret-file) is not the one this database was first used with. Patient links "
						+ "printed by the other instances would not open on this one.",
				"Start every instance with the same AFTERCARE_LINK_SECRET. If the secret was changed on purpose "
						+ "(every printed link stops working), delete the row of table link_secret once, "
						+ "then start the instances with the new secret.",
				cause);
	}

}
