package io.trailmap.gateway.error;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A client of the named service whose fault-tolerance refusals (an open circuit, an exhausted retry,
 * a timeout) reach callers as UNAVAILABLE, like the service's own failures ({@link GuardedInterceptor}).
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Guarded {

    /** The service's name, as errors say it. */
    @Nonbinding
    String value() default "";
}
