package app.aftercare.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Codes ticked in a form (areas, symptoms): every one must be a code from the list. An
 * unknown code already fails to bind; a blank or whitespace-only one binds as
 * {@code null} (Spring reads an empty enum value as "none"), which in a list would be
 * stored as an empty code and make the record unreadable.
 */
@Documented
@Constraint(validatedBy = EveryCodeKnown.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface EveryCodeKnown {

	String message() default "{validation.code.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EveryCodeKnown, Collection<?>> {

		@Override
		public boolean isValid(Collection<?> codes, ConstraintValidatorContext context) {
			return codes == null || codes.stream().allMatch((code) -> code != null);
		}

	}

}
