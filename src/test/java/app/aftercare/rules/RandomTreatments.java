package app.aftercare.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random plan inputs for property tests. Report times favour the rules' edges
 * (exactly 24 h and 72 h, a minute before) over a plain spread, and about one input in
 * three carries a review.
 */
final class RandomTreatments {

	private static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");

	private static final long MINUTES_IN_FOUR_YEARS = Duration.ofDays(4 * 365).toMinutes();

	private static final Duration[] EDGES = { Duration.ZERO, Duration.ofMinutes(5), Duration.ofHours(12),
			Duration.ofHours(23).plusMinutes(59), Duration.ofHours(24), Duration.ofHours(47).plusMinutes(59),
			Duration.ofHours(48), Duration.ofHours(71).plusMinutes(59), Duration.ofHours(72), Duration.ofHours(96) };

	private static final Symptom[] RED_FLAGS = { Symptom.SIGNIFICANT_PAIN, Symptom.SIGNIFICANT_BRUISING,
			Symptom.DIZZINESS, Symptom.NAUSEA, Symptom.PERSISTENT_FATIGUE, Symptom.PERSISTENT_DISCOMFORT };

	private static final Symptom[] URGENT_SIGNS = { Symptom.BREATHING_DIFFICULTY, Symptom.CHEST_PAIN,
			Symptom.INFECTION_SIGNS, Symptom.NEW_WEAKNESS_OR_NUMBNESS, Symptom.FAINTING };

	private final Random random;

	RandomTreatments(long seed) {
		this.random = new Random(seed);
	}

	PlanInput input() {
		return input(this.random.nextInt(3) == 0);
	}

	PlanInput inputWithoutReview() {
		return input(false);
	}

	private PlanInput input(boolean reviewed) {
		Instant treatedAt = EARLIEST.plus(Duration.ofMinutes(this.random.nextLong(MINUTES_IN_FOUR_YEARS)));
		List<TreatedArea> areas = new ArrayList<>();
		int areaCount = 1 + this.random.nextInt(3);
		for (int i = 0; i < areaCount; i++) {
			areas.add(new TreatedArea(pick(Area.values()), this.random.nextBoolean() ? null : pick(Side.values())));
		}
		List<ObservedSymptom> symptoms = new ArrayList<>();
		int symptomCount = this.random.nextInt(5);
		for (int i = 0; i < symptomCount; i++) {
			symptoms.add(symptomAfter(treatedAt));
		}
		Review review = reviewed ? review(treatedAt) : null;
		return new PlanInput(treatedAt, areas, pick(Intensity.values()), this.random.nextInt(4) == 0, symptoms, review);
	}

	/**
	 * A symptom reported some time after the treatment; mostly red flags.
	 */
	ObservedSymptom symptomAfter(Instant treatedAt) {
		Symptom symptom = (this.random.nextInt(5) == 0) ? pick(URGENT_SIGNS) : pick(RED_FLAGS);
		return new ObservedSymptom(symptom, treatedAt.plus(elapsed()), pick(SymptomSource.values()));
	}

	/**
	 * An instant around the plan's milestones, before the treatment included.
	 */
	Instant instantAround(Instant treatedAt) {
		return treatedAt.plus(Duration.ofMinutes(this.random.nextInt(-12 * 60, 150 * 60)));
	}

	private Review review(Instant treatedAt) {
		Instant clearedFrom = this.random.nextInt(4) == 0 ? null : treatedAt.plus(elapsed());
		Map<MilestoneCode, Instant> extendedTo = new EnumMap<>(MilestoneCode.class);
		int extensions = this.random.nextInt(3);
		for (int i = 0; i < extensions; i++) {
			extendedTo.put(pick(MilestoneCode.values()), treatedAt.plus(elapsed()));
		}
		return new Review(clearedFrom, extendedTo, "random review");
	}

	private Duration elapsed() {
		if (this.random.nextBoolean()) {
			return EDGES[this.random.nextInt(EDGES.length)];
		}
		return Duration.ofMinutes(this.random.nextInt(120 * 60));
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	/**
	 * The same input with its areas and symptoms in another order.
	 */
	PlanInput reordered(PlanInput input) {
		List<TreatedArea> areas = new ArrayList<>(input.areas());
		List<ObservedSymptom> symptoms = new ArrayList<>(input.symptoms());
		Collections.shuffle(areas, this.random);
		Collections.shuffle(symptoms, this.random);
		return new PlanInput(input.treatedAt(), areas, input.intensity(), input.sensitiveArea(), symptoms,
				input.review());
	}

}
