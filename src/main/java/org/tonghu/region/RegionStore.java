package org.tonghu.region;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Reads and writes regions. Every list is in code order and bounded by the caller's page size. */
@ApplicationScoped
class RegionRepository {

    private final EntityManager entityManager;

    RegionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Region> findByCode(String code) {
        return Optional.ofNullable(entityManager.find(Region.class, code));
    }

    List<Region> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Region r where r.code in :codes", Region.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    /** The top of the tree (regions without a parent), after a code, in code order. */
    List<Region> listRoots(String afterCode, int limit) {
        return entityManager.createQuery(
                "from Region r where r.parentCode is null and r.code > :after order by r.code", Region.class)
                .setParameter("after", afterCode)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The children of each of the given regions, after a code, at most {@code limitPerParent} each, in one query.
     */
    @SuppressWarnings("unchecked")
    List<Region> listChildren(Collection<String> parentCodes, String afterCode, int limitPerParent) {
        if (parentCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("""
                select code, name, parent_code, version from (
                    select r.code, r.name, r.parent_code, r.version,
                           row_number() over (partition by r.parent_code order by r.code) as position
                    from region r
                    where r.parent_code in (:parents) and r.code > :after
                ) ranked
                where position <= :limit
                order by parent_code, code
                """, Region.class)
                .setParameter("parents", parentCodes)
                .setParameter("after", afterCode)
                .setParameter("limit", limitPerParent)
                .getResultList();
    }

    /** The name of every stored region, by code: what an import is checked against. */
    Map<String, String> namesByCode() {
        Map<String, String> names = new HashMap<>();
        entityManager.createQuery("select r.code, r.name from Region r", Object[].class)
                .getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** Inserts and renames in JDBC batches, inside the caller's transaction. Rows to insert come parents first. */
    void write(List<RegionCsv.Row> creates, List<RegionCsv.Row> renames) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
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
        entityManager.clear();
    }
}
