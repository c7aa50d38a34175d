package org.tonghu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.tonghu.security.CurrentUser;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;

/**
 * Audits every refusal of a signed-in caller's request by a method: the role checks of {@code @RolesAllowed}, which
 * refuse before any service could write an event, and the refusals of services for want of a jurisdiction or an
 * organization ({@link CurrentUser#refused()}). Each becomes a {@code DENIED} event naming the method, written in a
 * transaction of its own (on a worker thread when the refusal happened on an I/O thread).
 */
@ApplicationScoped
class RefusalAuditor {

    private final AuditLog audit;
    private final ManagedExecutor executor;
    private final CurrentVertxRequest currentRequest;

    RefusalAuditor(AuditLog audit, ManagedExecutor executor, CurrentVertxRequest currentRequest) {
        this.audit = audit;
        this.executor = executor;
        this.currentRequest = currentRequest;
    }

    void onRefused(@Observes AuthorizationFailureEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        // the secured method, as "package.Class#method"; absent for path policies, which refuse before any method
        if (identity == null || identity.isAnonymous()
                || !(event.getEventProperties().get(AuthorizationFailureEvent.SECURED_METHOD_KEY)
                        instanceof String method)) {
            return;
        }
        CurrentUser actor = CurrentUser.of(identity);
        String refusedMethod = method.substring(method.lastIndexOf('.', method.indexOf('#')) + 1).replace('#', '.');
        String sourceAddress = AuditLog.sourceAddress(currentRequest);
        Runnable record = () -> audit.recordRefusalBy(actor, sourceAddress, refusedMethod,
                "scope".equals(event.getAuthorizationContext()) ? "scope" : "role");
        if (Context.isOnEventLoopThread()) {
            executor.execute(record);
        } else {
            record.run();
        }
    }
}
