package org.tonghu.volunteer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;
import org.tonghu.validation.TextRules;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code volunteer} table. */
@ApplicationScoped
class VolunteerStore implements PanacheRepositoryBase<Volunteer, UUID> {

    /** Volunteers by name, then id ("name|uuid" cursors). */
    static final Keyset BY_NAME = Keyset.textThenId("v.person_name", "v.id");

    /** The volunteer, its row locked until the transaction ends. */
    Optional<Volunteer> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The volunteers with these ids; one query. */
    List<Volunteer> listByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** A page of the volunteers of these organizations by name, optionally with part of the name. */
    List<Volunteer> page(Collection<UUID> organizations, String nameContains, PageRequest page) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return matching(organizations, nameContains).keysetPage(page, BY_NAME)
                .list(getEntityManager(), Volunteer.class);
    }

    /** How many volunteers {@link #page} pages through; one count (none for no organization). */
    long count(Collection<UUID> organizations, String nameContains) {
        return organizations.isEmpty() ? 0 : matching(organizations, nameContains).count(getEntityManager());
    }

    private static NativeSql matching(Collection<UUID> organizations, String nameContains) {
        return NativeSql.of("select v.* from volunteer v where v.organization_id in (:organizations)")
                .bind("organizations", organizations)
                .andIf(nameContains != null, "v.person_name like :name escape '\\'", "name",
                        "%" + TextRules.escapeLike(nameContains == null ? "" : nameContains) + "%");
    }

    /** Up to {@code limit} volunteers of each organization, by organization, then name; one query. */
    List<Volunteer> firstOfEach(Collection<UUID> organizations, int limit) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return NativeSql.of("""
                select id, organization_id, person_name, phone, skills, active, background_check_expires_on,
                       created_at, updated_at, version
                from (select v.*, row_number() over (partition by v.organization_id
                                                     order by v.person_name, v.id) as position
                      from volunteer v where v.organization_id in (:organizations)) ranked
                where position <= :limit order by organization_id, person_name, id
                """).bind("organizations", organizations).bind("limit", limit)
                .list(getEntityManager(), Volunteer.class);
    }

    /**
     * Up to {@code limit} active volunteers of an organization whose background check is missing or expires by a day,
     * the most pressing first.
     */
    List<Volunteer> listActiveWithChecksExpiringBy(UUID organization, LocalDate until, int limit) {
        return NativeSql.of("""
                select v.* from volunteer v
                where v.organization_id = :organization and v.active
                  and (v.background_check_expires_on is null or v.background_check_expires_on <= :until)
                order by v.background_check_expires_on nulls first, v.person_name, v.id
                """).bind("organization", organization).bind("until", until).limit(limit)
                .list(getEntityManager(), Volunteer.class);
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }
}
