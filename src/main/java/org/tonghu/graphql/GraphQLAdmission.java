package org.tonghu.graphql;

import java.time.Duration;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * How many GraphQL requests run at once: at most {@code tonghu.graphql.max-running-requests} (two per core by
 * default); the others wait, in the order they came, holding neither a worker thread nor a database connection, and
 * start as running ones end. A request that has waited {@code tonghu.graphql.max-queue-wait}, or that finds
 * {@code tonghu.graphql.max-waiting-requests} already waiting, is answered 503 {@code SERVICE_BUSY} with
 * {@code Retry-After}.
 * <p>
 * Past the cores, more requests running at once only share the CPU more thinly and hold more memory each: before this
 * gate, a page of 50 children was served at 92 requests a second from 4 connections and at 46 from 64, where the heap
 * filled with the answers in flight and the collector took the difference ({@code deploy/bench/results/p1.md}).
 * The gate runs after authentication and after {@link GraphQLHttpGuard}'s checks, so refused requests never wait. A
 * waiting request holds its body (up to {@code quarkus.http.limits.max-body-size}, 1 MiB): 200 waiting, the default,
 * bound that to a fifth of the heap in the worst case.
 */
@Singleton
public class GraphQLAdmission {

    static final String SERVICE_BUSY = "SERVICE_BUSY";

    private static final Logger LOG = Logger.getLogger(GraphQLAdmission.class);

    private final String path;
    private final int maxRunning;
    private final int maxWaiting;
    private final long maxWaitMillis;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

    GraphQLAdmission(
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
            @ConfigProperty(name = "tonghu.graphql.max-running-requests") Optional<Integer> maxRunning,
            @ConfigProperty(name = "tonghu.graphql.max-waiting-requests", defaultValue = "200") int maxWaiting,
            @ConfigProperty(name = "tonghu.graphql.max-queue-wait", defaultValue = "PT30S") Duration maxWait) {
        this.path = path;
        this.maxRunning = maxRunning.orElse(2 * Runtime.getRuntime().availableProcessors());
        this.maxWaiting = maxWaiting;
        this.maxWaitMillis = maxWait.toMillis();
        if (this.maxRunning < 1 || maxWaiting < 0 || maxWaitMillis < 1) {
            throw new IllegalArgumentException("tonghu.graphql.max-running-requests must be at least 1,"
                    + " max-waiting-requests at least 0 and max-queue-wait positive");
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, SecurityHandlerPriorities.AUTHORIZATION - 30);
    }

    /** The GraphQL requests running now (holding a permit). */
    int running() {
        return running.get();
    }

    /** The GraphQL requests waiting for their turn now. */
    int waiting() {
        return waitingCount.get();
    }

    /** A request that waits for its turn: its exchange, the Vert.x context it continues on, and its timeout timer. */
    private record Waiting(RoutingContext routing, Context context, AtomicBoolean taken, long[] timer) {

        /** Whether this call is the one that removes the request from the line (start, timeout and hang-up race). */
        boolean take() {
            return taken.compareAndSet(false, true);
        }
    }

    /** The filter: lets a GraphQL request run on now, or puts it in line. */
    void admit(RoutingContext routing) {
        if (routing.request().method() != HttpMethod.POST || !path.equals(routing.normalizedPath())
                || routing.response().ended()) {
            routing.next();
            return;
        }
        if (tryAcquire()) {
            start(routing);
            return;
        }
        if (waitingCount.incrementAndGet() > maxWaiting) {
            waitingCount.decrementAndGet();
            refuseBusy(routing);
            return;
        }
        Vertx vertx = routing.vertx();
        Waiting entry = new Waiting(routing, vertx.getOrCreateContext(), new AtomicBoolean(), new long[1]);
        waiting.add(entry);
        entry.timer()[0] = vertx.setTimer(maxWaitMillis, id -> {
            if (entry.take()) {
                waiting.remove(entry);
                waitingCount.decrementAndGet();
                refuseBusy(routing);
            }
        });
        // a running request may have ended between the failed acquire and the add: nobody else would start this one
        startWaiting();
    }

    private boolean tryAcquire() {
        for (int now = running.get(); now < maxRunning; now = running.get()) {
            if (running.compareAndSet(now, now + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the request on; its permit returns when its answer is written, or when its exchange ends otherwise.
     * (SmallRye's handler replaces the response's end handler, which {@code addEndHandler} relies on, so the body end
     * comes first; Vert.x signals it also when the client has gone.)
     */
    private void start(RoutingContext routing) {
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                running.decrementAndGet();
                startWaiting();
            }
        };
        routing.addBodyEndHandler(ignored -> release.run());
        routing.addEndHandler(ignored -> release.run());
        routing.next();
    }

    /** Starts waiting requests, oldest first, while permits are free. */
    private void startWaiting() {
        while (!waiting.isEmpty() && tryAcquire()) {
            Waiting next = pollTaken();
            if (next == null) {
                running.decrementAndGet();
                if (waiting.isEmpty()) {
                    return;
                }
                continue;
            }
            next.routing().vertx().cancelTimer(next.timer()[0]);
            if (next.routing().response().closed() || next.routing().response().ended()) {
                running.decrementAndGet(); // the client hung up while it waited
                continue;
            }
            next.context().runOnContext(ignored -> start(next.routing()));
        }
    }

    private Waiting pollTaken() {
        for (Waiting next = waiting.poll(); next != null; next = waiting.poll()) {
            if (next.take()) {
                waitingCount.decrementAndGet();
                return next;
            }
        }
        return null;
    }

    private void refuseBusy(RoutingContext routing) {
        if (routing.response().closed() || routing.response().ended()) {
            return;
        }
        LOG.debug("A GraphQL request waited too long for its turn, or found too many waiting: answered SERVICE_BUSY");
        JsonObject error = new JsonObject()
                .put("message", "The service is busy; retry after " + GraphQLHttpGuard.RETRY_AFTER_SECONDS + " s.")
                .put("extensions", new JsonObject().put("code", SERVICE_BUSY));
        routing.response().setStatusCode(503)
                .putHeader(HttpHeaders.RETRY_AFTER, GraphQLHttpGuard.RETRY_AFTER_SECONDS)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
