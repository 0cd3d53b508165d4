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

/** A fictional representative customer that journeys are mapped for. */
@Entity
@Table(name = "personas")
public class PersonaEntity extends TenantOwnedEntity {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Segment segment;

    @Enumerated(EnumType.STRING)
    @Column(name = "buying_role")
    public BuyingRole buyingRole;

    @JdbcTypeCode(SqlTypes.JSON)
    public Demographics demographics;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> psychographics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> goals = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> motivations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pain_points", nullable = false)
    public List<String> painPoints = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "preferred_channels", nullable = false)
    public List<String> preferredChannels = new ArrayList<>();

    public String quote;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
