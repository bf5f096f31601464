package app.aftercare.preview;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.aftercare.rules.AdviceCode;
import app.aftercare.rules.Milestone;
import app.aftercare.rules.Plan;
import app.aftercare.web.Times;
import app.aftercare.rules.RuleId;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A plan as the JSON API shows it: milestone times as ISO-8601 with the offset of the
 * requested zone ({@code 2026-05-14T10:00:00+01:00}; {@code Z} when the offset is zero),
 * {@code from} null when on hold, the status at a given instant and the English advice.
 * The treatment form's live preview calls the API, so it shows exactly this.
 *
 * @param ruleSet version of the rule set, e.g. "2026.1"
 * @param status status at the requested instant
 * @param milestones all five milestones, in the order a patient meets them
 * @param advice area advice (R12), then general advice (R13)
 * @param safetyNet whether the chest safety net (R11) is shown
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanJson(String ruleSet, String status, List<MilestoneJson> milestones, List<AdviceJson> advice,
		boolean safetyNet) {

	private static final Map<AdviceCode, AdviceJson> ADVICE = adviceByCode();

	public PlanJson {
		milestones = List.copyOf(milestones);
		advice = List.copyOf(advice);
	}

	/**
	 * The plan with its status at {@code at}, its times shown in {@code zone}.
	 */
	public static PlanJson of(Plan plan, Instant at, ZoneId zone) {
		List<MilestoneJson> milestones = new ArrayList<>(plan.milestones().size());
		for (Milestone milestone : plan.milestones()) {
			milestones.add(MilestoneJson.of(milestone, zone));
		}
		List<AdviceJson> advice = new ArrayList<>(plan.advice().size());
		for (AdviceCode code : plan.advice()) {
			advice.add(ADVICE.get(code));
		}
		return new PlanJson(plan.ruleSet(), plan.statusAt(at).name(), milestones, advice, plan.safetyNet());
	}

	/**
	 * An instant on the clock of a zone, e.g. {@code 2026-05-14T10:00:00+01:00}.
	 */
	public static String format(Instant instant, ZoneId zone) {
		return Times.ISO_WITH_OFFSET.format(instant.atZone(zone));
	}

	private static Map<AdviceCode, AdviceJson> adviceByCode() {
		Map<AdviceCode, AdviceJson> advice = new EnumMap<>(AdviceCode.class);
		for (AdviceCode code : AdviceCode.values()) {
			advice.put(code, new AdviceJson(code.rule().name(), code.defaultText()));
		}
		return advice;
	}

	/**
	 * @param code the milestone code, e.g. FULL_TRAINING
	 * @param from when it starts, or null when on hold
	 * @param onHold no date until a review (R8) or urgent care (R10)
	 * @param rules the rules that set it, e.g. ["R2", "R3", "R6"]
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record MilestoneJson(String code, String from, boolean onHold, List<String> rules) {

		static MilestoneJson of(Milestone milestone, ZoneId zone) {
			List<String> rules = new ArrayList<>(milestone.rules().size());
			for (RuleId rule : milestone.rules()) {
				rules.add(rule.name());
			}
			String from = milestone.onHold() ? null : format(milestone.from(), zone);
			return new MilestoneJson(milestone.code().name(), from, milestone.onHold(), List.copyOf(rules));
		}

	}

	/**
	 * @param rule the rule that gives the advice, e.g. "R12"
	 * @param text the advice in English
	 */
	public record AdviceJson(String rule, String text) {

	}

}
