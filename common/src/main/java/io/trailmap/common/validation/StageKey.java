package io.trailmap.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A journey stage's key, as journey-service makes them and every service accepts them: a slug of
 * lower-case letters and digits in words joined by single dashes, at most 64 characters. Null is
 * valid (add {@code @NotBlank} where a key is required).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = StageKey.PATTERN)
@Size(max = StageKey.MAX_LENGTH)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface StageKey {

    String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    int MAX_LENGTH = 64;
    String MESSAGE = "must be a stage key (slug)";

    /** The message when the key is not a slug (too long says so on its own). */
    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The same rule for keys that arrive outside Bean Validation (query parameters). */
    final class Syntax {

        private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile(PATTERN);

        private Syntax() {
        }

        public static boolean matches(String key) {
            return key != null && key.length() <= MAX_LENGTH && SLUG.matcher(key).matches();
        }
    }
}
