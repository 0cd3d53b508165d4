package io.trailmap.common.postgres;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.trailmap.common.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/** An entity that one tenant owns: UUID id, and the tenant Hibernate fills and filters on. */
@MappedSuperclass
public abstract class TenantOwnedEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /**
     * {@code entity} when the caller's tenant owns it; otherwise a 404, exactly as if it did not exist.
     * (Backs up Hibernate's tenant filter, which loads by id may bypass.)
     */
    public static <T extends TenantOwnedEntity> T requireOwned(T entity, String tenant, String resource, UUID id) {
        if (entity == null || !tenant.equals(entity.tenantId)) {
            throw ProblemException.notFound(resource, id);
        }
        return entity;
    }
}
