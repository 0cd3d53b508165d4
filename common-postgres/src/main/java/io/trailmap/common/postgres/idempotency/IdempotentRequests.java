package io.trailmap.common.postgres.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.trailmap.common.erasure.ErasedCustomer;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a creation at most once per {@code Idempotency-Key} and tenant. The key row is inserted in
 * the same transaction as the creation, so a concurrent request with the same key waits on the
 * unique index and then replays the committed answer; a failed creation leaves no key behind.
 * Needs the {@code idempotency_keys} table (see each service's Flyway migrations).
 */
@ApplicationScoped
public class IdempotentRequests {

    private final EntityManager em;
    private final CurrentTenant tenant;
    private final ObjectMapper json;
    private final IdempotencyConfig config;

    public IdempotentRequests(EntityManager em, CurrentTenant tenant, ObjectMapper json, IdempotencyConfig config) {
        this.em = em;
        this.tenant = tenant;
        this.json = json;
        this.config = config;
    }

    /**
     * @param key         the validated header value, or null to simply create
     * @param fingerprint {@link io.trailmap.common.idempotency.RequestFingerprint} of operation and body
     */
    @Transactional
    public Response once(String key, String fingerprint, Supplier<Response> creation) {
        if (key == null) {
            return creation.get();
        }
        int inserted = em.createNativeQuery("""
                        INSERT INTO idempotency_keys (tenant_id, idem_key, fingerprint, created_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, tenant.id())
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (inserted == 0) {
            return replay(key, fingerprint);
        }
        Response response = creation.get();
        em.createNativeQuery("""
                        UPDATE idempotency_keys SET status = ?1, location = ?2, etag = ?3, body = ?4
                        WHERE tenant_id = ?5 AND idem_key = ?6""")
                .setParameter(1, response.getStatus())
                .setParameter(2, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(3, response.getHeaderString(HttpHeaders.ETAG))
                .setParameter(4, serialize(response.getEntity()))
                .setParameter(5, tenant.id())
                .setParameter(6, key)
                .executeUpdate();
        return response;
    }

    private Response replay(String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT fingerprint, status, location, etag, body FROM idempotency_keys
                        WHERE tenant_id = ?1 AND idem_key = ?2""")
                .setParameter(1, tenant.id())
                .setParameter(2, key)
                .getResultList();
        Object[] row = rows.getFirst();
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("Idempotency-Key '" + key
                    + "' was already used with a different request body");
        }
        Response.ResponseBuilder answer = Response.status(((Number) row[1]).intValue())
                .header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            answer.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            answer.header(HttpHeaders.ETAG, row[3]);
        }
        if (row[4] != null) {
            answer.entity(row[4]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.build();
    }

    private String serialize(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer of an idempotent request", e);
        }
    }

    /**
     * Erasure: forgets the tenant's stored answers that name the customer (as a JSON string value), in
     * the caller's transaction; a retry with such a key then creates anew. Answers how many went.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetAnswersNaming(String customerId) {
        return em.createNativeQuery("DELETE FROM idempotency_keys WHERE tenant_id = ?1 AND strpos(body, ?2) > 0")
                .setParameter(1, tenant.id())
                .setParameter(2, ErasedCustomer.asJsonString(customerId))
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpiredKeys() {
        em.createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(config.retention())))
                .executeUpdate();
    }
}
