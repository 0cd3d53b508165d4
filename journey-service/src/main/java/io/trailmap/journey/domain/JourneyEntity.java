package io.trailmap.journey.domain;

import io.trailmap.common.postgres.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A journey map. Its stages (with every lane) are one JSON document in the row: the journey is
 * the unit of editing, versioning and publishing, and one row change bumps one version.
 */
@Entity
@Table(name = "journeys")
public class JourneyEntity extends TenantOwnedEntity {

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "map_type", nullable = false)
    public MapType mapType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Segment segment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JourneyStatus status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "persona_ids", nullable = false)
    public List<UUID> personaIds = new ArrayList<>();

    @Column(name = "owner_team")
    public String ownerTeam;

    @Column(name = "review_interval_days", nullable = false)
    public int reviewIntervalDays;

    @Column(name = "last_reviewed_at")
    public Instant lastReviewedAt;

    @Column(name = "next_review_at", nullable = false)
    public Instant nextReviewAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Stage> stages = new ArrayList<>();

    @Column(name = "published_version")
    public Integer publishedVersion;

    /** The row version at the last publish, to tell whether the draft has moved on since. */
    @Column(name = "published_at_row_version")
    public Long publishedAtRowVersion;

    @Column(name = "template_key")
    public String templateKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public JourneyStages journeyStages() {
        return JourneyStages.of(stages);
    }
}
