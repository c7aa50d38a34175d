package org.tonghu.idempotency;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs an {@link Idempotent} resolver through {@link IdempotencyKeys#once}. Its priority puts it after the role checks
 * ({@code @RolesAllowed}), so a replay is never served to a caller who may no longer create.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class IdempotentInterceptor {

    private final IdempotencyKeys keys;

    IdempotentInterceptor(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        return keys.once(invocation.getMethod().getGenericReturnType(), invocation::proceed);
    }
}
