package io.trailmap.gateway.error;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Runs around the fault-tolerance interceptor (a lower priority is further out), so that what it
 * throws on its own — no call made — becomes an UNAVAILABLE error naming the service.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class GuardedInterceptor {

    @AroundInvoke
    Object guard(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (FaultToleranceException e) {
            Guarded guarded = call.getMethod().getDeclaringClass().getAnnotation(Guarded.class);
            throw new UnavailableError((guarded == null ? "a service" : guarded.value()) + " is unavailable");
        }
    }
}
