package org.tonghu.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * The columns every mutable record shares: when it was created and last changed, and the version that optimistic
 * locking checks (a stale {@code expectedVersion} is a {@code CONFLICT}).
 */
@MappedSuperclass
public abstract class VersionedRecord {

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @PrePersist
    void stampCreation() {
        createdAt = OffsetDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampChange() {
        updatedAt = OffsetDateTime.now();
    }
}
