package org.tonghu.region;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.regioncode.RegionLevel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The {@code region} table: look-ups, lists one level down, and the writes of an import. Every list is in code
 * order; a page is bounded by the caller's page size.
 */
@ApplicationScoped
class RegionStore implements PanacheRepositoryBase<Region, String> {

    /** The order of a list of regions, and its cursors: the code. */
    static final NativeSql.Keyset BY_CODE = NativeSql.Keyset.uniqueText("r.code");

    List<Region> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return list("code in ?1", codes);
    }

    /**
     * What a third-party app's agreement lets it see of the directory: the regions under its prefixes, and those on
     * the way down to them ({@code paths}: codes).
     */
    record Reach(List<String> prefixes, Collection<String> paths) {
    }

    /** A boolean SQL expression over the region alias {@code r}: inside the reach; its parameters bound to sql. */
    private static String predicate(Reach reach, NativeSql sql) {
        StringBuilder text = new StringBuilder("(r.code in (:reachPaths)");
        sql.bind("reachPaths", reach.paths());
        for (int i = 0; i < reach.prefixes().size(); i++) {
            text.append(" or r.code like :reachPrefix").append(i);
            sql.bind("reachPrefix" + i, reach.prefixes().get(i) + "%");
        }
        return text.append(')').toString();
    }

    /** A page of the top of the tree (regions without a parent), in code order ({@link #BY_CODE}). */
    List<Region> listRoots(PageRequest page, Optional<Reach> reach) {
        NativeSql sql = NativeSql.of("select r.* from region r where r.parent_code is null");
        reach.ifPresent(limit -> sql.and(predicate(limit, sql)));
        return sql.keysetPage(page, BY_CODE).list(getEntityManager(), Region.class);
    }

    /** Every region one level down from this one, in code order (a report's rows). */
    List<Region> listAllChildren(String parentCode) {
        return NativeSql.of("select r.* from region r where r.parent_code = :parent order by r.code")
                .bind("parent", parentCode).list(getEntityManager(), Region.class);
    }

    /** Every region of a level under a code prefix, in code order. */
    List<Region> listUnder(String scopePrefix, RegionLevel level) {
        NativeSql sql = NativeSql.of("select r.* from region r where r.code like :prefix").bind("prefix",
                scopePrefix + "%");
        if (level.ordinal() > 0) {
            RegionLevel above = RegionLevel.values()[level.ordinal() - 1];
            sql.and("substr(r.code, " + (above.prefixLength() + 1) + ", " + (level.prefixLength()
                    - above.prefixLength()) + ") <> :zeros", "zeros", "0".repeat(level.prefixLength()
                    - above.prefixLength()));
        }
        if (level != RegionLevel.VILLAGE) {
            sql.and("substr(r.code, " + (level.prefixLength() + 1) + ") = :rest", "rest",
                    "0".repeat(12 - level.prefixLength()));
        }
        return sql.append(" order by r.code").list(getEntityManager(), Region.class);
    }

    /**
     * The children of each of the given regions, after a code, at most {@code limitPerParent} each, in one query.
     */
    List<Region> listChildren(Collection<String> parentCodes, String afterCode, int limitPerParent,
            Optional<Reach> reach) {
        if (parentCodes.isEmpty()) {
            return List.of();
        }
        NativeSql sql = NativeSql.of("""
                select code, name, parent_code, version from (
                    select r.code, r.name, r.parent_code, r.version,
                           row_number() over (partition by r.parent_code order by r.code) as position
                    from region r
                    where r.parent_code in (:parents) and r.code > :after""");
        reach.ifPresent(limit -> sql.append(" and " + predicate(limit, sql)));
        return sql.append("""

                ) ranked
                where position <= :limit
                order by parent_code, code
                """).bind("parents", parentCodes).bind("after", afterCode).bind("limit", limitPerParent)
                .list(getEntityManager(), Region.class);
    }

    /** The name of every stored region, by code: what an import is checked against. */
    Map<String, String> namesByCode() {
        Map<String, String> names = new HashMap<>();
        getEntityManager().createQuery("select r.code, r.name from Region r", Object[].class)
                .getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** Inserts and renames in JDBC batches, inside the caller's transaction. Rows to insert come parents first. */
    void write(List<RegionCsv.Row> creates, List<RegionCsv.Row> renames) {
        getEntityManager().flush();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into region (code, name, parent_code) values (?, ?, ?)")) {
                for (RegionCsv.Row row : creates) {
                    insert.setString(1, row.code().value());
                    insert.setString(2, row.name());
                    insert.setString(3, row.parentCode() == null ? null : row.parentCode().value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement rename = connection.prepareStatement(
                    "update region set name = ?, version = version + 1 where code = ?")) {
                for (RegionCsv.Row row : renames) {
                    rename.setString(1, row.name());
                    rename.setString(2, row.code().value());
                    rename.addBatch();
                }
                rename.executeBatch();
            }
        });
        getEntityManager().clear();
    }
}
