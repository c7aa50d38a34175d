package org.tonghu.time;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The present moment as a bean, for features whose deadlines must be testable (mandatory reports and their
 * escalation): tests replace it with a clock they move. Features not yet moved to it use {@link ChinaTime} directly.
 */
@ApplicationScoped
public class Clock {

    /** The present moment, with China's offset, to the microsecond (what the database keeps). */
    public OffsetDateTime now() {
        return ChinaTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
