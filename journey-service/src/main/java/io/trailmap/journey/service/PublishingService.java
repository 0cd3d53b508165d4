package io.trailmap.journey.service;

import io.trailmap.common.time.Timestamps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.common.http.IfMatch;
import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.journey.api.JourneyVersionSummary;
import io.trailmap.journey.api.JourneyVersionView;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.domain.JourneyEntity;
import io.trailmap.journey.domain.JourneyStatus;
import io.trailmap.journey.domain.JourneyVersionEntity;
import io.trailmap.journey.domain.ReviewSchedule;
import io.trailmap.webhooks.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The journey lifecycle: publish (freezing a numbered version), review, archive, and version history. */
@ApplicationScoped
public class PublishingService {

    private final Clock clock;
    private final Journeys journeys;
    private final ObjectMapper json;

    private final WebhookOutbox webhooks;

    public PublishingService(Clock clock, Journeys journeys, ObjectMapper json, WebhookOutbox webhooks) {
        this.clock = clock;
        this.journeys = journeys;
        this.json = json;
        this.webhooks = webhooks;
    }

    /** Publishes the journey as it is now; the frozen copy never changes afterwards. */
    @Transactional
    public JourneyVersionView publish(UUID id, Long expectedVersion, String publishedBy) {
        JourneyEntity e = journeys.loadLocked(id);
        if (expectedVersion != null) {
            IfMatch.check(expectedVersion, e.version);
        }
        Journeys.requireEditable(e);
        if (e.stages.isEmpty()) {
            throw ProblemException.unprocessable("A journey needs at least one stage to be published");
        }
        Instant now = Timestamps.now(clock);
        int number = e.publishedVersion == null ? 1 : e.publishedVersion + 1;
        e.status = JourneyStatus.PUBLISHED;
        e.publishedVersion = number;
        e.lastReviewedAt = now;
        e.nextReviewAt = ReviewSchedule.nextReview(now, e.reviewIntervalDays);
        // the flush below raises the row version by one: that is the version being published
        e.publishedAtRowVersion = e.version + 1;
        JourneyView published = journeys.saveEdit(e);

        JourneyVersionEntity v = new JourneyVersionEntity();
        v.id = UUID.randomUUID();
        v.journeyId = e.id;
        v.number = number;
        v.publishedAt = now;
        v.publishedBy = publishedBy;
        v.snapshot = toJson(published);
        v.persist();
        java.util.Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("journeyId", e.id.toString());
        event.put("name", e.name);
        event.put("version", number);
        event.put("publishedAt", now.toString());
        event.put("publishedBy", publishedBy);
        webhooks.emit(e.tenantId, "journey.published", event);   // in this transaction: the outbox
        return toView(v);
    }

    /** Marks the map as reviewed now: the next review is due one interval later. */
    @Transactional
    public JourneyView markReviewed(UUID id, Long expectedVersion) {
        JourneyEntity e = load(id, expectedVersion);
        Instant now = Timestamps.now(clock);
        e.lastReviewedAt = now;
        e.nextReviewAt = ReviewSchedule.nextReview(now, e.reviewIntervalDays);
        return journeys.saveEdit(e);
    }

    @Transactional
    public JourneyView archive(UUID id, Long expectedVersion) {
        JourneyEntity e = load(id, expectedVersion);
        e.status = JourneyStatus.ARCHIVED;
        return journeys.saveEdit(e);
    }

    @Transactional
    public Page<JourneyVersionSummary> versions(UUID journeyId, PageRequest page) {
        journeys.load(journeyId);
        String hql = "journeyId = :journeyId";
        var params = new java.util.HashMap<String, Object>();
        params.put("journeyId", journeyId);
        if (page.cursor() != null) {
            hql += " and (publishedAt > :afterAt or (publishedAt = :afterAt and id > :afterId))";
            params.put("afterAt", page.cursor().after());
            params.put("afterId", page.cursor().afterId());
        }
        List<JourneyVersionEntity> rows = JourneyVersionEntity.<JourneyVersionEntity>find(
                hql + " order by publishedAt, id", params).range(0, page.limit()).list();
        return Page.fromOverfetched(rows, page.limit(), v -> new Cursor(v.publishedAt, v.id).encode())
                .map(v -> new JourneyVersionSummary(v.journeyId, v.number, v.publishedAt, v.publishedBy));
    }

    @Transactional
    public JourneyVersionView version(UUID journeyId, int number) {
        journeys.load(journeyId);
        JourneyVersionEntity v = JourneyVersionEntity.<JourneyVersionEntity>find(
                "journeyId = ?1 and number = ?2", journeyId, number).firstResult();
        if (v == null) {
            throw ProblemException.notFound("version", journeyId + "/" + number);
        }
        return toView(v);
    }

    private JourneyEntity load(UUID id, Long expectedVersion) {
        JourneyEntity e = journeys.load(id);
        if (expectedVersion != null) {
            IfMatch.check(expectedVersion, e.version);
        }
        Journeys.requireEditable(e);
        return e;
    }

    private static JourneyVersionView toView(JourneyVersionEntity v) {
        return new JourneyVersionView(v.journeyId, v.number, v.publishedAt, v.publishedBy, v.snapshot);
    }

    private String toJson(JourneyView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot freeze journey " + view.id(), e);
        }
    }
}
