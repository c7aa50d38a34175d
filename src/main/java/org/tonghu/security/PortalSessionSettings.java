package org.tonghu.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How long a portal session lasts on the server; enforced on every request, on every instance. */
@ConfigMapping(prefix = "tonghu.portal.session")
public interface PortalSessionSettings {

    /** A session not used for this long ends (measured on the server, to within a minute). */
    Duration idleTimeout();

    /** A session ends this long after sign-in, however busy. */
    Duration maxAge();
}
