package app.aftercare.treatment;

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
		return List.copyOf(StoredCodes.read(column, "areas", false, (part) -> {
			String[] codeAndSide = part.split(":", -1);
			if (codeAndSide.length > 2) {
				throw new IllegalArgumentException(part);
			}
			Side side = (codeAndSide.length > 1) ? Side.valueOf(codeAndSide[1]) : null;
			return new TreatedArea(Area.valueOf(codeAndSide[0]), side);
		}));
	}

}
