package app.aftercare.patient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A plausible date of birth: not before 1900 and not in the future. Empty is allowed.
 */
@Documented
@Constraint(validatedBy = BirthDate.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface BirthDate {

	String message() default "{patients.validation.dateOfBirth.future}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<BirthDate, LocalDate> {

		static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

		/**
		 * The last time zone to start a day: no one can be born after today's date there,
		 * wherever the clinic is.
		 */
		private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

		@Override
		public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
			if (date == null) {
				return true;
			}
			if (date.isBefore(EARLIEST)) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{patients.validation.dateOfBirth.tooEarly}")
					.addConstraintViolation();
				return false;
			}
			return !date.isAfter(LocalDate.now(EARLIEST_ZONE));
		}

	}

}
