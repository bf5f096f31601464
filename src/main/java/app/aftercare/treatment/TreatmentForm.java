package app.aftercare.treatment;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.Side;
import app.aftercare.rules.Symptom;
import app.aftercare.rules.TreatedArea;
import app.aftercare.web.EveryCodeKnown;
import app.aftercare.web.FourDigitYear;
import app.aftercare.web.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The treatment form: "Treated at" in the clinic's time zone, the areas with one side,
 * intensity, sensitive area, needles, symptoms seen in clinic, notes, and what the
 * patient agreed to be emailed.
 */
public class TreatmentForm {

	static final String[] FIELDS = { "treatedAt", "areas", "side", "intensity", "sensitiveArea", "needleCount",
			"symptoms", "notes", "emailLink", "emailReminders" };

	@NotNull
	@FourDigitYear
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime treatedAt;

	@NotEmpty(message = "{treatment.areas.required}")
	@EveryCodeKnown
	private Set<Area> areas = new LinkedHashSet<>();

	private Side side;

	@NotNull(message = "{treatment.intensity.required}")
	private Intensity intensity;

	private boolean sensitiveArea;

	@Min(1)
	@Max(200)
	private Integer needleCount;

	@EveryCodeKnown
	private Set<Symptom> symptoms = new LinkedHashSet<>();

	@PlainText
	@Size(max = 4000)
	private String notes;

	private boolean emailLink;

	private boolean emailReminders;

	/**
	 * A new treatment's form: both emails ticked when the patient has an email address
	 * (SPEC: the link is ticked by default; reminders are service messages about this
	 * treatment, each with a one-click unsubscribe, and staff see both ticks and the
	 * address before saving).
	 */
	public static TreatmentForm startingAt(LocalDateTime treatedAt, boolean patientHasEmail) {
		TreatmentForm form = new TreatmentForm();
		form.treatedAt = treatedAt;
		form.emailLink = patientHasEmail;
		form.emailReminders = patientHasEmail;
		return form;
	}

	public static TreatmentForm of(Treatment treatment, ZoneId zone) {
		TreatmentForm form = new TreatmentForm();
		form.treatedAt = LocalDateTime.ofInstant(treatment.getTreatedAt(), zone);
		treatment.getAreas().forEach((area) -> form.areas.add(area.area()));
		form.side = treatment.getAreas().isEmpty() ? null : treatment.getAreas().get(0).side();
		form.intensity = treatment.getIntensity();
		form.sensitiveArea = treatment.isSensitiveArea();
		form.needleCount = treatment.getNeedleCount();
		form.notes = treatment.getNotes();
		form.emailLink = treatment.isEmailLink();
		form.emailReminders = treatment.isEmailReminders();
		return form;
	}

	/**
	 * The details, with "Treated at" read in the clinic's zone. In a daylight-saving gap
	 * the time moves forward, in an overlap the earlier instant is taken.
	 */
	public TreatmentDetails toDetails(ZoneId zone) {
		List<TreatedArea> treated = new ArrayList<>();
		for (Area area : Area.values()) {
			if (this.areas.contains(area)) {
				treated.add(new TreatedArea(area, this.side));
			}
		}
		Set<Symptom> observed = this.symptoms.isEmpty() ? Set.of() : EnumSet.copyOf(this.symptoms);
		String trimmedNotes = (this.notes == null || this.notes.isBlank()) ? null : this.notes.trim();
		return new TreatmentDetails(this.treatedAt.atZone(zone).toInstant(), treated, this.intensity,
				this.sensitiveArea, this.needleCount, observed, trimmedNotes);
	}

	public EmailConsent toConsent() {
		return new EmailConsent(this.emailLink, this.emailReminders);
	}

	public LocalDateTime getTreatedAt() {
		return this.treatedAt;
	}

	public void setTreatedAt(LocalDateTime treatedAt) {
		this.treatedAt = treatedAt;
	}

	public Set<Area> getAreas() {
		return this.areas;
	}

	public void setAreas(Set<Area> areas) {
		this.areas = (areas != null) ? areas : new LinkedHashSet<>();
	}

	public Side getSide() {
		return this.side;
	}

	public void setSide(Side side) {
		this.side = side;
	}

	public Intensity getIntensity() {
		return this.intensity;
	}

	public void setIntensity(Intensity intensity) {
		this.intensity = intensity;
	}

	public boolean isSensitiveArea() {
		return this.sensitiveArea;
	}

	public void setSensitiveArea(boolean sensitiveArea) {
		this.sensitiveArea = sensitiveArea;
	}

	public Integer getNeedleCount() {
		return this.needleCount;
	}

	public void setNeedleCount(Integer needleCount) {
		this.needleCount = needleCount;
	}

	public Set<Symptom> getSymptoms() {
		return this.symptoms;
	}

	public void setSymptoms(Set<Symptom> symptoms) {
		this.symptoms = (symptoms != null) ? symptoms : new LinkedHashSet<>();
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public boolean isEmailLink() {
		return this.emailLink;
	}

	public void setEmailLink(boolean emailLink) {
		this.emailLink = emailLink;
	}

	public boolean isEmailReminders() {
		return this.emailReminders;
	}

	public void setEmailReminders(boolean emailReminders) {
		this.emailReminders = emailReminders;
	}

}
