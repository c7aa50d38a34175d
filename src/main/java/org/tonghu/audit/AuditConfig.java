package org.tonghu.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often the audit trail's committed events are sealed into its hash chain. */
@ConfigMapping(prefix = "tonghu.audit")
public interface AuditConfig {

    /**
     * The pause between two sealings by this instance (one sealer works at a time across instances); an event stays
     * unchained for about this long after its commit. Zero stops the scheduled sealing (an auditor's read still seals).
     */
    @WithDefault("PT1S")
    Duration sealInterval();
}
