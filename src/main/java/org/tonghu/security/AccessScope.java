package org.tonghu.security;

import java.util.List;
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
 * @param relationshipRegions for a third-party app, the scope prefixes of the regions its data-sharing agreement lets
 *            it read: its organization's relationships open only children living under them; empty: no such limit
 */
public record AccessScope(Optional<String> regionPrefix, Optional<UUID> organizationId,
        List<String> relationshipRegions) {

    public static final AccessScope NONE = new AccessScope(Optional.empty(), Optional.empty());

    public AccessScope {
        relationshipRegions = List.copyOf(relationshipRegions);
    }

    public AccessScope(Optional<String> regionPrefix, Optional<UUID> organizationId) {
        this(regionPrefix, organizationId, List.of());
    }

    public boolean isEmpty() {
        return regionPrefix.isEmpty() && organizationId.isEmpty();
    }

    /** Whether the caller has a jurisdiction: regional staff, who create and keep children's files inside it. */
    public boolean hasJurisdiction() {
        return regionPrefix.isPresent();
    }

    /** The jurisdiction alone, without the organization's relationships (what regional staff keep files for). */
    public AccessScope jurisdictionOnly() {
        return new AccessScope(regionPrefix, Optional.empty(), relationshipRegions);
    }

    /** The organization's relationships alone, without the jurisdiction. */
    public AccessScope relationshipsOnly() {
        return new AccessScope(Optional.empty(), organizationId, relationshipRegions);
    }

    /** Whether a region code lies inside the caller's jurisdiction. */
    public boolean coversRegion(String regionCode) {
        return regionPrefix.map(regionCode::startsWith).orElse(false);
    }
}
