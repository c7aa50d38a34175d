package org.tonghu.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The part of the children's data a caller may reach: the children living in their jurisdiction (a region-code
 * prefix) and the children their organization has an active relationship with. Empty means nothing: deny by default.
 * Regional staff keep the files of the children in their jurisdiction; a relationship only lets an organization see
 * what its work with the child needs.
 *
 * @param regionPrefix significant digits of the caller's jurisdiction, for roles that work by region
 * @param organizationId the caller's organization, for relationship-based access
 */
public record AccessScope(Optional<String> regionPrefix, Optional<UUID> organizationId) {

    public static final AccessScope NONE = new AccessScope(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return regionPrefix.isEmpty() && organizationId.isEmpty();
    }

    /** Whether the caller has a jurisdiction: regional staff, who create and keep children's files inside it. */
    public boolean hasJurisdiction() {
        return regionPrefix.isPresent();
    }

    /** The jurisdiction alone, without the organization's relationships (what regional staff keep files for). */
    public AccessScope jurisdictionOnly() {
        return new AccessScope(regionPrefix, Optional.empty());
    }

    /** The organization's relationships alone, without the jurisdiction. */
    public AccessScope relationshipsOnly() {
        return new AccessScope(Optional.empty(), organizationId);
    }

    /** Whether a region code lies inside the caller's jurisdiction. */
    public boolean coversRegion(String regionCode) {
        return regionPrefix.map(regionCode::startsWith).orElse(false);
    }
}
