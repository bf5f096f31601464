package app.aftercare.treatment;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

import app.aftercare.rules.Symptom;
import app.aftercare.web.EveryCodeKnown;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Symptoms and an optional soreness score, reported by the clinic or by the patient.
 * Something must be said: at least one symptom, a soreness score, or "I feel fine".
 */
public class SymptomsForm implements Serializable {

	private static final long serialVersionUID = 1L;

	public static final String[] FIELDS = { "symptoms", "soreness", "feelFine" };

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
