package app.aftercare.treatment;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import app.aftercare.rules.Area;
import app.aftercare.rules.Side;
import app.aftercare.rules.TreatedArea;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the treated areas of a treatment as {@code LOWER_BACK:LEFT,NECK} in one column.
 */
@Converter
class TreatedAreasConverter implements AttributeConverter<List<TreatedArea>, String> {

	@Override
	public String convertToDatabaseColumn(List<TreatedArea> areas) {
		return areas.stream()
			.map((area) -> (area.side() != null) ? area.area().name() + ":" + area.side().name() : area.area().name())
			.collect(Collectors.joining(","));
	}

	@Override
	public List<TreatedArea> convertToEntityAttribute(String column) {
		return Arrays.stream(column.split(",")).filter((part) -> !part.isBlank()).map((part) -> {
			String[] codeAndSide = part.split(":");
			Side side = (codeAndSide.length > 1) ? Side.valueOf(codeAndSide[1]) : null;
			return new TreatedArea(Area.valueOf(codeAndSide[0]), side);
		}).toList();
	}

}
