package app.aftercare.preview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.rules.ObservedSymptom;
import app.aftercare.rules.PlanInput;
import app.aftercare.rules.Review;
import app.aftercare.rules.Side;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.SymptomSource;
import app.aftercare.rules.TreatedArea;

/**
 * Turns a {@link PlanPreviewRequest} into a {@link PreviewQuery}, or collects every
 * problem with its field path into an {@link InvalidPreviewRequestException}. Nothing
 * invalid reaches the rules, whose constructors would otherwise throw.
 */
final class PreviewRequestReader {

	static final int MAX_AREAS = 50;

	static final int MAX_SYMPTOMS = 50;

	/**
	 * Times are kept to four-digit years, far from the limits of {@code java.time}.
	 */
	static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private static final int MAX_INSTANT_LENGTH = 64;

	private static final int MAX_ECHOED_LENGTH = 40;

	private static final String NOT_AN_INSTANT = "must be an ISO-8601 instant with Z or an offset, "
			+ "like 2026-05-12T09:00:00Z";

	private static final String OUT_OF_RANGE = "must be between " + EARLIEST + " and " + LATEST;

	private static final Map<String, Area> AREAS = byName(Area.values());

	private static final Map<String, Side> SIDES = byName(Side.values());

	private static final Map<String, Intensity> INTENSITIES = byName(Intensity.values());

	private static final Map<String, Symptom> SYMPTOMS = byName(Symptom.values());

	private static final Map<String, SymptomSource> SOURCES = byName(SymptomSource.values());

	private static final Map<String, MilestoneCode> MILESTONES = byName(MilestoneCode.values());

	/**
	 * Region-based and fixed IANA ids that {@code java.time} knows; offsets such as
	 * {@code +01:00} or {@code GMT+1} are not among them.
	 */
	private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

	private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

	private static final BigDecimal MIN_SORENESS = BigDecimal.valueOf(ObservedSymptom.MIN_SORENESS);

	private static final BigDecimal MAX_SORENESS = BigDecimal.valueOf(ObservedSymptom.MAX_SORENESS);

	private final List<ApiErrors.FieldError> errors = new ArrayList<>();

	private PreviewRequestReader() {
	}

	/**
	 * The query a request asks for; {@code at} defaults to the clock's instant.
	 * @throws InvalidPreviewRequestException listing every problem
	 */
	static PreviewQuery read(PlanPreviewRequest request, Clock clock) {
		return new PreviewRequestReader().query(request, clock);
	}

	private PreviewQuery query(PlanPreviewRequest request, Clock clock) {
		Instant treatedAt = instant("treatedAt", request.treatedAt(), true);
		ZoneId zone = zone(request.timeZone());
		List<TreatedArea> areas = areas(request.areas());
		Intensity intensity = code("intensity", request.intensity(), INTENSITIES, "intensity", true);
		boolean sensitiveArea = Boolean.TRUE.equals(request.sensitiveArea());
		List<ObservedSymptom> symptoms = symptoms(request.symptoms(), treatedAt);
		Review review = review(request.review(), treatedAt);
		Instant at = instant("at", request.at(), false);
		if (!this.errors.isEmpty()) {
			throw new InvalidPreviewRequestException(this.errors);
		}
		PlanInput input = new PlanInput(treatedAt, areas, intensity, sensitiveArea, symptoms, review);
		return new PreviewQuery(input, zone, (at != null) ? at : clock.instant());
	}

	private ZoneId zone(String id) {
		if (id == null) {
			error("timeZone", "is required");
			return null;
		}
		if (!ZONE_IDS.contains(id)) {
			error("timeZone", "unknown time zone: " + echo(id));
			return null;
		}
		return ZONES.computeIfAbsent(id, ZoneId::of);
	}

	private List<TreatedArea> areas(List<PlanPreviewRequest.AreaJson> areas) {
		if (areas == null) {
			error("areas", "is required");
			return List.of();
		}
		if (areas.isEmpty()) {
			error("areas", "must list at least one area");
			return List.of();
		}
		if (areas.size() > MAX_AREAS) {
			error("areas", "must list at most " + MAX_AREAS + " areas");
			return List.of();
		}
		List<TreatedArea> treated = new ArrayList<>(areas.size());
		for (int i = 0; i < areas.size(); i++) {
			PlanPreviewRequest.AreaJson area = areas.get(i);
			String field = "areas[" + i + "]";
			if (area == null) {
				error(field, "is required");
				continue;
			}
			Area code = code(field + ".code", area.code(), AREAS, "area code", true);
			Side side = code(field + ".side", area.side(), SIDES, "side", false);
			if (code != null) {
				treated.add(new TreatedArea(code, side));
			}
		}
		return treated;
	}

	private List<ObservedSymptom> symptoms(List<PlanPreviewRequest.SymptomJson> symptoms, Instant treatedAt) {
		if (symptoms == null) {
			return List.of();
		}
		if (symptoms.size() > MAX_SYMPTOMS) {
			error("symptoms", "must list at most " + MAX_SYMPTOMS + " symptoms");
			return List.of();
		}
		List<ObservedSymptom> observed = new ArrayList<>(symptoms.size());
		for (int i = 0; i < symptoms.size(); i++) {
			PlanPreviewRequest.SymptomJson symptom = symptoms.get(i);
			String field = "symptoms[" + i + "]";
			if (symptom == null) {
				error(field, "is required");
				continue;
			}
			boolean codeRequired = symptom.soreness() == null;
			Symptom code = code(field + ".code", symptom.code(), SYMPTOMS, "symptom code", codeRequired);
			Instant reportedAt = notBefore(treatedAt, field + ".reportedAt",
					instant(field + ".reportedAt", symptom.reportedAt(), true));
			SymptomSource source = code(field + ".source", symptom.source(), SOURCES, "source", false);
			Integer soreness = soreness(field + ".soreness", symptom.soreness());
			if (reportedAt == null) {
				continue;
			}
			source = (source != null) ? source : SymptomSource.CLINIC;
			if (code != null) {
				observed.add(new ObservedSymptom(code, reportedAt, source));
			}
			if (soreness != null) {
				ObservedSymptom.fromSoreness(soreness, reportedAt, source).ifPresent(observed::add);
			}
		}
		return observed;
	}

	private Integer soreness(String field, BigDecimal soreness) {
		if (soreness == null) {
			return null;
		}
		if (soreness.compareTo(MIN_SORENESS) < 0 || soreness.compareTo(MAX_SORENESS) > 0
				|| soreness.stripTrailingZeros().scale() > 0) {
			error(field, "must be a whole number from " + ObservedSymptom.MIN_SORENESS + " to "
					+ ObservedSymptom.MAX_SORENESS);
			return null;
		}
		return soreness.intValue();
	}

	private Review review(PlanPreviewRequest.ReviewJson review, Instant treatedAt) {
		if (review == null) {
			return null;
		}
		Instant clearedFrom = notBefore(treatedAt, "review.clearedFrom",
				instant("review.clearedFrom", review.clearedFrom(), false));
		Map<MilestoneCode, Instant> extendedTo = new EnumMap<>(MilestoneCode.class);
		if (review.extendedTo() != null) {
			review.extendedTo().forEach((key, value) -> {
				String field = "review.extendedTo." + echo(key);
				MilestoneCode code = code(field, key, MILESTONES, "milestone code", true);
				Instant to = instant(field, value, true);
				if (code != null && to != null) {
					extendedTo.put(code, to);
				}
			});
		}
		return new Review(clearedFrom, extendedTo, review.note());
	}

	private Instant notBefore(Instant treatedAt, String field, Instant instant) {
		if (instant != null && treatedAt != null && instant.isBefore(treatedAt)) {
			error(field, "is before treatedAt");
			return null;
		}
		return instant;
	}

	private Instant instant(String field, String text, boolean required) {
		if (text == null) {
			if (required) {
				error(field, "is required");
			}
			return null;
		}
		Instant instant;
		try {
			if (text.length() > MAX_INSTANT_LENGTH) {
				throw new DateTimeException("too long");
			}
			instant = IsoInstants.parse(text);
		}
		catch (DateTimeException ex) {
			error(field, NOT_AN_INSTANT);
			return null;
		}
		if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
			error(field, OUT_OF_RANGE);
			return null;
		}
		return instant;
	}

	private <E extends Enum<E>> E code(String field, String text, Map<String, E> codes, String kind, boolean required) {
		if (text == null) {
			if (required) {
				error(field, "is required");
			}
			return null;
		}
		E code = codes.get(text);
		if (code == null) {
			error(field, "unknown " + kind + ": " + echo(text));
		}
		return code;
	}

	private void error(String field, String message) {
		this.errors.add(new ApiErrors.FieldError(field, message));
	}

	/**
	 * A client's text for a message: cut short, with unpaired surrogates and control
	 * characters replaced, so that the answer can always be written as JSON.
	 */
	static String echo(String text) {
		StringBuilder echoed = new StringBuilder(Math.min(text.length(), MAX_ECHOED_LENGTH + 1));
		int codePoints = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			if (codePoints == MAX_ECHOED_LENGTH) {
				return echoed.append('\u2026').toString();
			}
			int codePoint = text.codePointAt(i);
			boolean surrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
			boolean printable = !surrogate && !Character.isISOControl(codePoint);
			echoed.appendCodePoint(printable ? codePoint : '\uFFFD');
			codePoints++;
		}
		return echoed.toString();
	}

	private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
		Map<String, E> byName = new HashMap<>();
		for (E value : values) {
			byName.put(value.name(), value);
		}
		return Map.copyOf(byName);
	}

}
