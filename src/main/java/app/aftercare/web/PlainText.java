package app.aftercare.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * Text typed by a person: any characters but invisible control characters (tabs and line
 * breaks are fine). PostgreSQL refuses NUL in text, so this keeps such input a field
 * error instead of a server error.
 */
@Documented
@Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{validation.controlCharacters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
