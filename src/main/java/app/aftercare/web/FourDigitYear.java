package app.aftercare.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date and time typed in a form lies in the years 1 to 9999, as the plan preview API
 * requires. The form's pattern accepts a signed year of up to nine digits
 * ({@code +999999999-01-01T10:00}), beyond what the database stores and what the rules
 * can add days to.
 */
@Documented
@Constraint(validatedBy = FourDigitYear.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface FourDigitYear {

	String message() default "{validation.year.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<FourDigitYear, LocalDateTime> {

		@Override
		public boolean isValid(LocalDateTime time, ConstraintValidatorContext context) {
			return time == null || (time.getYear() >= 1 && time.getYear() <= 9999);
		}

	}

}
