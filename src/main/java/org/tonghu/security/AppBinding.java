package org.tonghu.security;

import java.util.List;
import java.util.UUID;

/**
 * What a third-party app's data-sharing agreement lets the current request reach, bound to the request by the
 * agreement's gate (in {@code org.tonghu.datasharing}) before the graph runs and kept for that request only. A
 * request of an app without a binding reaches no child.
 *
 * @param clientId the OAuth client the agreement is for
 * @param agreementId the agreement in force
 * @param childLevel whether the agreement's field set opens child-level data of the children the app's organization
 *            works with
 * @param regionPrefixes scope prefixes of the regions the app may read (at least one)
 */
public record AppBinding(String clientId, UUID agreementId, boolean childLevel, List<String> regionPrefixes) {

    /** The key of the binding in the request's routing context. */
    public static final String KEY = AppBinding.class.getName();

    public AppBinding {
        regionPrefixes = List.copyOf(regionPrefixes);
    }

    /** Whether a region code lies under one of the agreement's regions. */
    public boolean coversRegion(String regionCode) {
        return regionPrefixes.stream().anyMatch(regionCode::startsWith);
    }
}
