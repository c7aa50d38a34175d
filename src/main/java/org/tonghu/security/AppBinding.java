package org.tonghu.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tonghu.regioncode.RegionCode;

/**
 * What a third-party app's data-sharing agreement lets the current request reach, bound to the request by the
 * agreement's gate (in {@code org.tonghu.datasharing}) before the graph runs and kept for that request only. A
 * request of an app without a binding reaches no child.
 *
 * @param clientId the OAuth client the agreement is for
 * @param agreementId the agreement in force
 * @param childLevel whether the agreement's field set opens child-level data of the children the app's organization
 *            works with
 * @param regionCodes the regions the app may read (at least one)
 */
public record AppBinding(String clientId, UUID agreementId, boolean childLevel, List<RegionCode> regionCodes) {

    /** The key of the binding in the request's routing context. */
    public static final String KEY = AppBinding.class.getName();

    public AppBinding {
        regionCodes = List.copyOf(regionCodes);
    }

    /** The scope prefixes of the agreement's regions: children and data under them are readable. */
    public List<String> regionPrefixes() {
        return regionCodes.stream().map(RegionCode::scopePrefix).toList();
    }

    /** The agreement's regions and the regions above them: the directory's way down to them. */
    public Set<String> regionPaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (RegionCode code : regionCodes) {
            code.ancestors().forEach(ancestor -> paths.add(ancestor.value()));
            paths.add(code.value());
        }
        return paths;
    }

    /** Whether the app may see a region: one of the agreement's, under one, or above one (on its way down). */
    public boolean reachesRegion(RegionCode region) {
        return regionCodes.stream().anyMatch(code -> code.contains(region) || region.contains(code));
    }
}
