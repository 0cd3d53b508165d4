package io.trailmap.touchpoint.domain;

import io.trailmap.common.postgres.TenantOwnedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A place where customers meet the brand, in the tenant's catalogue. */
@Entity
@Table(name = "touchpoints")
public class TouchpointEntity extends TenantOwnedEntity {

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    public String platform;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "funnel_position", nullable = false)
    public FunnelPosition funnelPosition;

    @Column(name = "owner_team")
    public String ownerTeam;

    @Column(nullable = false)
    public int importance;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "touchpoint_links", joinColumns = @JoinColumn(name = "touchpoint_id"))
    @OrderColumn(name = "position")
    public List<StageLink> links = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
