package app.aftercare.treatment;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import app.aftercare.rules.Symptom;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the symptoms of a report as {@code DIZZINESS,NAUSEA} in one column; a report
 * with only a soreness score stores an empty string.
 */
@Converter
class SymptomsConverter implements AttributeConverter<Set<Symptom>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Symptom> symptoms) {
		return symptoms.stream().map(Symptom::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<Symptom> convertToEntityAttribute(String column) {
		Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
		symptoms.addAll(StoredCodes.read(column, "symptoms", true, Symptom::valueOf));
		return symptoms;
	}

}
