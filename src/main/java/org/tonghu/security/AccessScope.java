package org.tonghu.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The part of the children's data a caller may reach: the children living under a region (a region-code prefix) and
 * the children an organization has an active relationship with. Empty means nothing: deny by default.
 *
 * @param regionPrefix significant digits of the caller's jurisdiction, for roles that work by region
 * @param organizationId the caller's organization, for relationship-based access
 * @param mayWrite whether the caller may create and change children inside the regional part of the scope
 */
public record AccessScope(Optional<String> regionPrefix, Optional<UUID> organizationId, boolean mayWrite) {

    public static final AccessScope NONE = new AccessScope(Optional.empty(), Optional.empty(), false);

    public boolean isEmpty() {
        return regionPrefix.isEmpty() && organizationId.isEmpty();
    }

    /** Whether a region code lies inside the regional part of this scope. */
    public boolean coversRegion(String regionCode) {
        return regionPrefix.map(regionCode::startsWith).orElse(false);
    }
}
