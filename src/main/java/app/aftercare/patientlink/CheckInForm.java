package app.aftercare.patientlink;

import java.util.LinkedHashSet;
import java.util.Set;

import app.aftercare.rules.Symptom;
import app.aftercare.web.EveryCodeKnown;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The patient's check-in: symptoms in plain words, "I feel fine", soreness 0–10. Its own
 * name gives it its own, patient-worded error messages ({@code ...checkInForm...} keys).
 * It says the same as the clinic's symptom form today, but answers to the patient page,
 * not to the treatment pages, so either can change alone.
 */
public class CheckInForm {

	static final String[] FIELDS = { "symptoms", "soreness", "feelFine" };

	@EveryCodeKnown
	private Set<Symptom> symptoms = new LinkedHashSet<>();

	@Min(0)
	@Max(10)
	private Integer soreness;

	private boolean feelFine;

	@AssertTrue(message = "{symptoms.required}")
	public boolean isSaysSomething() {
		return !this.symptoms.isEmpty() || this.soreness != null || this.feelFine;
	}

	public Set<Symptom> getSymptoms() {
		return this.symptoms;
	}

	public void setSymptoms(Set<Symptom> symptoms) {
		this.symptoms = (symptoms != null) ? symptoms : new LinkedHashSet<>();
	}

	public Integer getSoreness() {
		return this.soreness;
	}

	public void setSoreness(Integer soreness) {
		this.soreness = soreness;
	}

	public boolean isFeelFine() {
		return this.feelFine;
	}

	public void setFeelFine(boolean feelFine) {
		this.feelFine = feelFine;
	}

}
