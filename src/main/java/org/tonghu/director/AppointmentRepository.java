package org.tonghu.director;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Reads and writes appointments; each method is one query. */
@ApplicationScoped
class AppointmentRepository {

    private final EntityManager entityManager;

    AppointmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Appointment> findById(UUID id) {
        return Optional.ofNullable(entityManager.find(Appointment.class, id));
    }

    /**
     * A page of appointments of a kind whose region starts with one of the prefixes or is one of the exact codes,
     * optionally only those active on a day, after a (region code, id) key.
     */
    List<Appointment> list(AppointmentKind kind, String prefix, Collection<String> exactCodes, LocalDate activeOn,
            Optional<String[]> after, int limit) {
        StringBuilder jpql = new StringBuilder("from Appointment a where a.kind = :kind"
                + " and (a.regionCode like :prefix or a.regionCode in :exact)");
        if (activeOn != null) {
            jpql.append(" and a.startsOn <= :day and (a.endsOn is null or a.endsOn >= :day)");
        }
        after.ifPresent(key -> jpql.append(" and (a.regionCode > :afterRegion or (a.regionCode = :afterRegion and a.id > :afterId))"));
        var query = entityManager.createQuery(jpql.append(" order by a.regionCode, a.id").toString(), Appointment.class)
                .setParameter("kind", kind)
                .setParameter("prefix", prefix == null ? "-" : prefix + "%")
                .setParameter("exact", exactCodes.isEmpty() ? List.of("-") : exactCodes)
                .setMaxResults(limit);
        if (activeOn != null) {
            query.setParameter("day", activeOn);
        }
        after.ifPresent(key -> query.setParameter("afterRegion", key[0]).setParameter("afterId", UUID.fromString(key[1])));
        return query.getResultList();
    }

    /** The appointments of a kind active on a day in any of these regions. */
    List<Appointment> activeIn(AppointmentKind kind, Collection<String> regionCodes, LocalDate day) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Appointment a where a.kind = :kind and a.regionCode in :codes"
                + " and a.startsOn <= :day and (a.endsOn is null or a.endsOn >= :day) order by a.startsOn, a.id",
                Appointment.class)
                .setParameter("kind", kind).setParameter("codes", regionCodes).setParameter("day", day)
                .getResultList();
    }

    void persist(Appointment appointment) {
        entityManager.persist(appointment);
    }

    void flush() {
        entityManager.flush();
    }
}
