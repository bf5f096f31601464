package app.aftercare.patientlink;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.aftercare.rules.Milestone;
import app.aftercare.rules.MilestoneCode;
import app.aftercare.treatment.PlanChange;

import org.springframework.context.MessageSource;

/**
 * The latest change of the plan in the patient's words: why ("Because you reported
 * dizziness:") and what moved ("Full training moved to Thu 3 Dec, 10:00."), each time
 * said once.
 *
 * @param because why the plan changed
 * @param lines one sentence per milestone, or milestones moved to the same time
 * @param patientNote the physiotherapist's note for the patient, or null
 */
record PlanChangeText(String because, List<String> lines, String patientNote) {

	static PlanChangeText of(PlanChange change, String clinicName, ZoneId zone, Locale locale, MessageSource messages) {
		Words words = new Words(messages, locale);
		List<String> symptoms = change.symptoms()
			.stream()
			.sorted()
			.map((symptom) -> words.lower("symptom." + symptom.name()))
			.toList();
		String because = words.get("patient.change.because." + change.cause(), words.join(symptoms), clinicName);
		DateTimeFormatter format = DateTimeFormatter.ofPattern(words.get("format.weekdayShort"), locale);
		List<String> lines = new ArrayList<>();
		for (List<Milestone> group : change.movedTogether()) {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < group.size(); i++) {
				String key = "milestone." + group.get(i).code().name();
				names.add((i == 0) ? words.get(key) : words.lower(key));
			}
			Milestone first = group.get(0);
			if (first.onHold()) {
				lines.add(words.get("patient.change.onHold", words.join(names)));
			}
			else {
				String kind = (first.code() == MilestoneCode.ALCOHOL_CAFFEINE) ? "until" : "moved";
				lines.add(words.get("patient.change." + kind, words.join(names),
						format.format(first.from().atZone(zone))));
			}
		}
		return new PlanChangeText(because, List.copyOf(lines), change.patientNote());
	}

	private record Words(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

		String lower(String key) {
			return get(key).toLowerCase(this.locale);
		}

		/**
		 * "a", "a and b", "a, b and c".
		 */
		String join(List<String> items) {
			if (items.isEmpty()) {
				return "";
			}
			if (items.size() == 1) {
				return items.get(0);
			}
			String head = String.join(", ", items.subList(0, items.size() - 1));
			return get("list.and", head, items.get(items.size() - 1));
		}

	}

}
