package org.tonghu.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tonghu.security.AccessScope;

/**
 * The one place that turns a caller's {@link AccessScope} into SQL over the {@code child} table: children living
 * under the regional prefix, or related to the caller's organization through an active relationship
 * ({@code child_organization_relationship}, kept by pairings, services, referrals and activities). An empty scope
 * matches nothing. Every query that returns children, or decides what else a caller sees through children, uses it.
 * It also exports, as fragments, the few child columns other features' aggregates read, so that the child table's
 * column names are written only in this package.
 */
public final class ChildScope {

    private ChildScope() {
    }

    /**
     * A boolean SQL expression over the child table alias; adds its bound parameters ({@code scopePrefix},
     * {@code scopeOrganization}) to {@code parameters}. Only fixed text is concatenated, never input.
     */
    public static String predicate(String alias, AccessScope scope, Map<String, Object> parameters) {
        checked(alias);
        List<String> parts = new ArrayList<>();
        scope.regionPrefix().ifPresent(prefix -> {
            parts.add(alias + ".residence_village_code like :scopePrefix");
            parameters.put("scopePrefix", prefix + "%");
        });
        scope.organizationId().ifPresent(organization -> {
            parts.add("exists (select 1 from child_organization_relationship r where r.child_id = " + alias + ".id"
                    + " and r.organization_id = :scopeOrganization and r.active_from <= current_date"
                    + " and (r.active_until is null or r.active_until >= current_date))" + regionsOfApp(alias, scope,
                    parameters));
            parameters.put("scopeOrganization", organization);
        });
        return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
    }

    /** A third-party app's relationships open only children under its agreement's regions (none: no limit). */
    private static String regionsOfApp(String alias, AccessScope scope, Map<String, Object> parameters) {
        List<String> limits = new ArrayList<>();
        for (int i = 0; i < scope.relationshipRegions().size(); i++) {
            limits.add(alias + ".residence_village_code like :scopeAppRegion" + i);
            parameters.put("scopeAppRegion" + i, scope.relationshipRegions().get(i) + "%");
        }
        return limits.isEmpty() ? "" : " and (" + String.join(" or ", limits) + ")";
    }

    /**
     * A boolean SQL expression over a village-code column of counts kept per village (a report's roll-up, e.g.
     * {@code m.village_code}): the village lies in the scope's regions; adds its bound parameter ({@code scopePrefix}).
     * An organization's relationships open single children, never counts per village, so a scope without regions
     * matches nothing.
     */
    public static String villageInScope(String column, AccessScope scope, Map<String, Object> parameters) {
        if (!column.matches("[a-z]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("column");
        }
        return scope.regionPrefix().map(prefix -> {
            parameters.put("scopePrefix", prefix + "%");
            return column + " like :scopePrefix";
        }).orElse("false");
    }

    /**
     * A boolean SQL expression over the child table alias: the child lives under a region (a filter the caller
     * chose, on top of {@link #predicate}); adds its bound parameter ({@code childRegionPrefix}).
     */
    public static String livesUnder(String alias, String regionPrefix, Map<String, Object> parameters) {
        parameters.put("childRegionPrefix", regionPrefix + "%");
        return checked(alias) + ".residence_village_code like :childRegionPrefix";
    }

    /** A boolean SQL expression over the child table alias: the child's file is open. */
    public static String fileOpen(String alias) {
        return checked(alias) + ".status = 'ACTIVE'";
    }

    /** An SQL expression over the child table alias: the code of the village the child lives in. */
    public static String residenceVillage(String alias) {
        return checked(alias) + ".residence_village_code";
    }

    /** An SQL expression over the child table alias: the day the child was registered. */
    public static String registeredOn(String alias) {
        return checked(alias) + ".registered_on";
    }

    /** A boolean SQL expression over the child table alias: the child was in care on a day (bound: childInCareOn). */
    public static String inCareOn(String alias, LocalDate day, Map<String, Object> parameters) {
        parameters.put("childInCareOn", day);
        return checked(alias) + ".registered_on <= :childInCareOn and (" + alias + ".closed_on is null or " + alias
                + ".closed_on > :childInCareOn)";
    }

    /** An SQL expression over the child table alias: the day the child's current risk level was set. */
    public static String riskLevelSince(String alias) {
        return checked(alias) + ".risk_level_since";
    }

    /** An SQL expression over the child table alias: the risk level in force on a day (bound: childRiskLevelOn). */
    public static String riskLevelOn(String alias, LocalDate day, Map<String, Object> parameters) {
        parameters.put("childRiskLevelOn", day);
        return "case when " + checked(alias) + ".risk_level_since > :childRiskLevelOn and " + alias
                + ".previous_risk_level is not null then " + alias + ".previous_risk_level else " + alias
                + ".risk_level end";
    }

    /** An SQL expression over the child table alias: the previous risk level if changed by a day, else null. */
    public static String previousRiskLevelOn(String alias, LocalDate day, Map<String, Object> parameters) {
        parameters.put("childPreviousRiskLevelOn", day);
        return "case when " + checked(alias) + ".risk_level_since <= :childPreviousRiskLevelOn then " + alias
                + ".previous_risk_level end";
    }

    private static String checked(String alias) {
        if (!alias.matches("[a-z]+")) {
            throw new IllegalArgumentException("alias");
        }
        return alias;
    }
}
