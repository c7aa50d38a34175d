package org.tonghu.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How long an idempotency key is honoured. */
@ConfigMapping(prefix = "tonghu.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first result are kept; a retry after that creates again. */
    Duration retention();
}
