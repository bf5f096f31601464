package app.aftercare.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule sets this engine knows, by version. Old versions stay so that a stored
 * treatment is always recomputed with the version it was saved with.
 */
public final class RuleSets {

	private static final RuleSet V2026_1 = new ReturnToExerciseRules("2026.1", Timings.SEED);

	private static final RuleSet CURRENT = V2026_1;

	private static final Map<String, RuleSet> BY_VERSION = byVersion(V2026_1);

	private RuleSets() {
	}

	private static Map<String, RuleSet> byVersion(RuleSet... ruleSets) {
		Map<String, RuleSet> byVersion = new LinkedHashMap<>();
		for (RuleSet ruleSet : ruleSets) {
			if (byVersion.putIfAbsent(ruleSet.version(), ruleSet) != null) {
				throw new IllegalStateException("rule set " + ruleSet.version() + " is registered twice");
			}
		}
		return Collections.unmodifiableMap(byVersion);
	}

	/**
	 * The rule set new treatments are computed with.
	 */
	public static RuleSet current() {
		return CURRENT;
	}

	public static Optional<RuleSet> find(String version) {
		return Optional.ofNullable(BY_VERSION.get(version));
	}

	/**
	 * Every known version, oldest first.
	 */
	public static Set<String> versions() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(BY_VERSION.keySet()));
	}

}
