package io.trailmap.gateway.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.trailmap.common.security.Roles;
import io.trailmap.gateway.client.FeedbackClient;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.error.BadUserInputError;
import io.trailmap.gateway.error.ForbiddenError;
import io.trailmap.gateway.error.GatewayError;
import io.trailmap.gateway.error.PartiallyUnavailable;
import io.trailmap.gateway.model.Erasure;
import io.trailmap.gateway.model.Erasure.Receipt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Erases a customer in every service that holds their data, side by side: each service erases on its
 * own, so one that fails leaves the others done. The answer has a receipt per service — for a failed
 * one its error, and the whole answer then carries an UNAVAILABLE error at {@code eraseCustomer}.
 * The services' erasures are repeatable, so calling again completes what is missing and answers the
 * same receipts ({@code repeated: true}) for what was done.
 */
@ApplicationScoped
public class CustomerErasures {

    static final String TOUCHPOINT = "touchpoint-service";
    static final String FEEDBACK = "feedback-service";

    private final TouchpointClient touchpoints;
    private final FeedbackClient feedback;
    private final ManagedExecutor executor;
    private final SecurityIdentity identity;

    public CustomerErasures(TouchpointClient touchpoints, FeedbackClient feedback, ManagedExecutor executor, SecurityIdentity identity) {
        this.touchpoints = touchpoints;
        this.feedback = feedback;
        this.executor = executor;
        this.identity = identity;
    }

    /** The outcome of one service: its answer, or the error it ended in. */
    private record Outcome(String service, JsonNode answer, GatewayError error) {

        int count(String field) {
            return Math.toIntExact(answer.path(field).asLong());   // GraphQL Int: counts of one customer's records fit
        }

        Receipt receipt() {
            if (error != null) {
                return Receipt.failed(service, error.getMessage());
            }
            return Receipt.erased(service, answer.path("auditId").asText(null), answer.path("erasedAt").asText(null),
                    answer.path("repeated").asBoolean(false));
        }
    }

    public Erasure erase(String customerId) throws PartiallyUnavailable {
        if (!identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenError("Erasing a customer needs the admin role");
        }
        if (customerId.isBlank() || customerId.length() > 128) {
            throw new BadUserInputError("customerId: must be 1 to 128 characters");
        }
        CompletableFuture<Outcome> interactions = inBackground(TOUCHPOINT, () -> touchpoints.erase(customerId));
        CompletableFuture<Outcome> feedbackRemoved = inBackground(FEEDBACK, () -> feedback.erase(customerId));
        Outcome tp = interactions.join();
        Outcome fb = feedbackRemoved.join();
        List<Outcome> failed = new ArrayList<>();
        for (Outcome outcome : List.of(tp, fb)) {
            if (outcome.error() != null) {
                failed.add(outcome);
            }
        }
        if (failed.size() == 2) {
            throw failed.getFirst().error();   // nothing erased anywhere: the error as it is (UNAVAILABLE, BAD_USER_INPUT…)
        }
        Erasure erasure = new Erasure(customerId,
                tp.answer() == null ? null : tp.count("interactions"), tp.answer() == null ? null : tp.count("stageProgress"),
                tp.answer() == null ? null : tp.count("journeys"),
                fb.answer() == null ? null : fb.count("responses"), fb.answer() == null ? null : fb.count("reviews"),
                fb.answer() == null ? null : fb.count("followUps"),
                failed.isEmpty(), List.of(tp.receipt(), fb.receipt()));
        if (!failed.isEmpty()) {
            Outcome missing = failed.getFirst();
            throw new PartiallyUnavailable(missing.service() + " could not erase (" + missing.error().getMessage()
                    + "); the other services did: call eraseCustomer again to complete the erasure", erasure);
        }
        return erasure;
    }

    private CompletableFuture<Outcome> inBackground(String service, Supplier<JsonNode> call) {
        return executor.supplyAsync(() -> {
            try {
                return new Outcome(service, call.get(), null);
            } catch (GatewayError e) {
                return new Outcome(service, null, e);
            }
        });
    }
}
