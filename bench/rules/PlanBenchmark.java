import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.ObservedSymptom;
import app.aftercare.rules.Plan;
import app.aftercare.rules.PlanInput;
import app.aftercare.rules.Review;
import app.aftercare.rules.RuleSet;
import app.aftercare.rules.RuleSets;
import app.aftercare.rules.Side;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.rules.TreatedArea;

/**
 * Plans computed per second on one thread, for a few input shapes, next to two
 * baselines measured in the same run: building a PlanInput (the red-flag shape), and
 * five Instant.plus calls. Run with bench/rules/run.sh.
 */
public class PlanBenchmark {

	private static final int INPUTS = 1024;

	private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

	private static final RuleSet RULES = RuleSets.current();

	private static final Duration HOURS_12 = Duration.ofHours(12);

	private static final Duration HOURS_24 = Duration.ofHours(24);

	private static final Duration HOURS_48 = Duration.ofHours(48);

	private static final Duration HOURS_72 = Duration.ofHours(72);

	static volatile int sink;

	public static void main(String[] args) {
		boolean quick = Arrays.asList(args).contains("--quick");
		Duration warmUp = Duration.ofSeconds(quick ? 1 : 3);
		Duration iteration = Duration.ofSeconds(1);
		int iterations = quick ? 3 : 7;

		Map<String, Operation> baselines = new LinkedHashMap<>();
		baselines.put("baseline: 5 x Instant.plus", (i) -> {
			Instant t = START.plusSeconds(i);
			return t.plus(Duration.ZERO).hashCode() ^ t.plus(HOURS_12).hashCode() ^ t.plus(HOURS_24).hashCode()
					^ t.plus(HOURS_48).hashCode() ^ t.plus(HOURS_72).hashCode();
		});
		baselines.put("baseline: build PlanInput", (i) -> redFlags(i).hashCode());
		Map<String, Operation> plans = new LinkedHashMap<>();
		plans.put("no symptoms", planning(PlanBenchmark::noSymptoms));
		plans.put("red flags", planning(PlanBenchmark::redFlags));
		plans.put("review", planning(PlanBenchmark::reviewed));
		plans.put("urgent sign", planning(PlanBenchmark::urgent));
		Map<String, Operation> all = new LinkedHashMap<>(baselines);
		all.putAll(plans);

		System.out.printf("rule set %s, java %s, %d cores; %d s warm-up each, then %d rounds of %d s each, "
				+ "operations interleaved; median of the rounds%n", RULES.version(), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), warmUp.toSeconds(), iterations, iteration.toSeconds());
		// Every operation goes through the same call site; warming them all first makes it
		// equally megamorphic for each, so baselines and plans pay the same dispatch.
		all.values().forEach((operation) -> run(operation, warmUp));
		Map<String, double[]> rates = new LinkedHashMap<>();
		all.keySet().forEach((name) -> rates.put(name, new double[iterations]));
		for (int round = 0; round < iterations; round++) {
			for (Map.Entry<String, Operation> operation : all.entrySet()) {
				rates.get(operation.getKey())[round] = run(operation.getValue(), iteration);
			}
		}

		System.out.println();
		System.out.printf("%-28s %14s %14s %14s%n", "operation", "ops/s", "min", "max");
		Map<String, Double> medians = new LinkedHashMap<>();
		rates.forEach((name, measured) -> {
			Arrays.sort(measured);
			medians.put(name, measured[iterations / 2]);
			System.out.printf("%-28s %,14.0f %,14.0f %,14.0f%n", name, measured[iterations / 2], measured[0],
					measured[iterations - 1]);
		});
		double instantPlus = medians.get("baseline: 5 x Instant.plus");
		double building = medians.get("baseline: build PlanInput");
		System.out.println();
		System.out.printf("%-28s %14s %18s %18s%n", "plan shape", "plans/s", "cost / build input",
				"cost / Instant.plus");
		for (String name : plans.keySet()) {
			double rate = medians.get(name);
			System.out.printf("%-28s %,14.0f %17.1fx %17.1fx%n", name, rate, building / rate, instantPlus / rate);
		}
		System.out.println("(how many times longer one plan takes than one baseline operation)");
	}

	private static Operation planning(IntFunction<PlanInput> shape) {
		PlanInput[] inputs = new PlanInput[INPUTS];
		for (int i = 0; i < INPUTS; i++) {
			inputs[i] = shape.apply(i);
		}
		return (i) -> digest(RULES.plan(inputs[i & (INPUTS - 1)]));
	}

	/**
	 * One benchmarked operation; returns something derived from its result so that the
	 * JIT cannot drop it.
	 */
	interface Operation {

		int run(int i);

	}

	private static PlanInput noSymptoms(int i) {
		return new PlanInput(START.plusSeconds(60L * i), List.of(new TreatedArea(Area.LOWER_BACK, Side.LEFT)),
				Intensity.MODERATE, false, List.of(), null);
	}

	private static PlanInput redFlags(int i) {
		Instant treatedAt = START.plusSeconds(60L * i);
		return new PlanInput(treatedAt, List.of(new TreatedArea(Area.NECK, Side.BOTH), TreatedArea.of(Area.CALF)),
				Intensity.STRONG, false,
				List.of(new ObservedSymptom(Symptom.DIZZINESS, treatedAt.plusSeconds(300), SymptomSource.CLINIC),
						new ObservedSymptom(Symptom.NAUSEA, treatedAt.plus(HOURS_24), SymptomSource.PATIENT),
						new ObservedSymptom(Symptom.SIGNIFICANT_PAIN, treatedAt.plus(HOURS_48),
								SymptomSource.PATIENT)),
				null);
	}

	private static PlanInput reviewed(int i) {
		PlanInput flagged = redFlags(i);
		Instant treatedAt = flagged.treatedAt();
		Review review = new Review(treatedAt.plus(Duration.ofHours(50)),
				Map.of(MilestoneCode.FULL_TRAINING, treatedAt.plus(Duration.ofHours(96))), "seen in clinic");
		return flagged.withReview(review)
			.withSymptom(new ObservedSymptom(Symptom.PERSISTENT_FATIGUE, treatedAt.plus(Duration.ofHours(60)),
					SymptomSource.PATIENT));
	}

	private static PlanInput urgent(int i) {
		Instant treatedAt = START.plusSeconds(60L * i);
		return new PlanInput(treatedAt, List.of(TreatedArea.of(Area.SHOULDER_BLADE)), Intensity.MODERATE, false,
				List.of(new ObservedSymptom(Symptom.BREATHING_DIFFICULTY, treatedAt.plusSeconds(4 * 3600),
						SymptomSource.PATIENT)),
				null);
	}

	/**
	 * Touches the plan so the JIT cannot drop the computation.
	 */
	private static int digest(Plan plan) {
		return plan.milestones().size() ^ plan.advice().size() ^ (plan.urgent() ? 1 : 0)
				^ plan.milestone(MilestoneCode.FULL_TRAINING).rules().size();
	}

	/**
	 * Runs the operation in batches until the duration has passed; returns operations
	 * per second.
	 */
	private static double run(Operation operation, Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		long start = System.nanoTime();
		long count = 0;
		int acc = 0;
		long now;
		do {
			for (int i = 0; i < 4096; i++) {
				acc += operation.run(i);
			}
			count += 4096;
			now = System.nanoTime();
		}
		while (now < deadline);
		sink += acc;
		return count / ((now - start) / 1e9);
	}

}
