package org.tonghu.spotcheck;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A file spot check as stored: the region, year and everything needed to re-run its draw. */
@Entity
@Table(name = "spot_check")
public class SpotCheck extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "year", nullable = false)
    public int year;

    @Column(name = "files_per_township", nullable = false)
    public int filesPerTownship;

    @Column(name = "seed", nullable = false)
    public String seed;

    @Column(name = "population_on", nullable = false)
    public LocalDate populationOn;

    @Column(name = "opened_by_name", nullable = false)
    public String openedByName;

    @Column(name = "opened_by_subject", nullable = false)
    public String openedBySubject;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;
}
