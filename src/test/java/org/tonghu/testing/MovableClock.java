package org.tonghu.testing;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.tonghu.time.Clock;

/** The service's clock in the tests: the real time unless a test stops it at a moment of its choosing. */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Optional<OffsetDateTime> stoppedAt = Optional.empty();

    @Override
    public OffsetDateTime now() {
        return stoppedAt.orElseGet(super::now);
    }

    /** Stops the clock at this moment until {@link #reset()}. */
    public void stopAt(OffsetDateTime moment) {
        stoppedAt = Optional.of(moment);
    }

    /** Back to the real time. */
    public void reset() {
        stoppedAt = Optional.empty();
    }
}
