package app.aftercare.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A password of at least 12 and at most 128 characters that is not a commonly used one.
 * No composition rules (OWASP ASVS 5.0, 6.2).
 */
@Documented
@Constraint(validatedBy = PasswordPolicy.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

	String message() default "{validation.password.length}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
