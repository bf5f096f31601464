package app.aftercare.clinic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A time zone a clinic can choose: one of {@link TimeZones#all()}. Blank is left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = KnownTimeZone.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownTimeZone {

	String message() default "{validation.timeZone.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownTimeZone, String> {

		@Override
		public boolean isValid(String zone, ConstraintValidatorContext context) {
			return zone == null || zone.isBlank() || TimeZones.isKnown(zone);
		}

	}

}
