package io.trailmap.journey.domain;

import io.trailmap.common.postgres.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A frozen, numbered copy of a journey as it was published. Never updated. */
@Entity
@Immutable
@Table(name = "journey_versions")
public class JourneyVersionEntity extends TenantOwnedEntity {

    @Column(name = "journey_id", nullable = false, updatable = false)
    public UUID journeyId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;

    @Column(name = "published_by", updatable = false)
    public String publishedBy;

    /** The journey's JSON as GET returned it at publish time. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String snapshot;
}
