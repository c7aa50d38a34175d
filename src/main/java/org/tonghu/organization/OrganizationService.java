package org.tonghu.organization;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Organizations: for now, looking one up by id. */
@ApplicationScoped
public class OrganizationService {

    private final EntityManager entityManager;

    OrganizationService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationView> findOrganization(UUID id) {
        return Optional.ofNullable(entityManager.find(Organization.class, id)).map(OrganizationView::of);
    }
}
