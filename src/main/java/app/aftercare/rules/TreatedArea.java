package app.aftercare.rules;

import java.util.Objects;

/**
 * One treated area of the catalogue, with an optional side ({@code null} when not
 * recorded).
 */
public record TreatedArea(Area area, Side side) {

	public TreatedArea {
		Objects.requireNonNull(area, "area is required");
	}

	public static TreatedArea of(Area area) {
		return new TreatedArea(area, null);
	}

}
