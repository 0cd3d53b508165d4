package io.trailmap.feedback.service;

import io.trailmap.feedback.domain.Feedback;
import io.trailmap.feedback.repository.FeedbackRepository;
import io.trailmap.feedback.stream.EventLog;
import io.trailmap.feedback.webhook.FeedbackEvents;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one way feedback is stored, for responses, reviews and imports of either: duplicates found by id in one
 * query, the new ones built (analysed) and inserted in one write with the id of their follow-up case when
 * {@link UnhappyFeedbackPolicy} says they open one, counted into the summary buckets in one bulk write, and
 * their cases opened in another. A duplicate completes what a crash may have cut short: its case is opened
 * again (a no-op when it exists).
 */
@ApplicationScoped
public class FeedbackIntake {

    private final FollowUpService followUps;
    private final SummaryBuckets buckets;
    private final FeedbackEvents events;
    private final EventLog log;

    public FeedbackIntake(FollowUpService followUps, SummaryBuckets buckets, FeedbackEvents events, EventLog log) {
        this.followUps = followUps;
        this.buckets = buckets;
        this.events = events;
        this.log = log;
    }

    /** What became of one piece of feedback: as stored, and whether this call stored it. */
    public record Outcome<F>(F stored, boolean isNew) {
    }

    /**
     * Stores what is not stored yet. {@code candidates}: by derived id, how to build the feedback (called only for
     * ids not stored). Answers an outcome per id, in the order given.
     */
    public <F extends Feedback<F>> Map<String, Outcome<F>> store(String tenant, FeedbackRepository<F> repository,
                                                                  Map<String, Supplier<F>> candidates) {
        Map<String, F> stored = repository.findByIds(candidates.keySet());
        Map<String, F> fresh = new LinkedHashMap<>();
        Map<String, FollowUpService.Source> cases = new LinkedHashMap<>();
        candidates.forEach((id, build) -> {
            if (!stored.containsKey(id)) {
                F feedback = build.get();
                var source = followUps.caseFor(feedback);
                if (source.isPresent()) {
                    feedback = feedback.withFollowUpId(FollowUpService.idOf(tenant, source.get()));
                    cases.put(id, source.get());
                }
                fresh.put(id, feedback);
            }
        });
        for (String id : repository.insertNew(List.copyOf(fresh.values()))) {   // stored meanwhile by a concurrent submission
            F mine = fresh.remove(id);
            F theirs = repository.findSame(mine);
            stored.put(id, theirs == null ? mine : theirs);
            cases.remove(id);
        }
        buckets.add(List.copyOf(fresh.values()));
        log.append(tenant, EventLog.FEEDBACK_RECEIVED, fresh.values().stream().<Map<String, ?>>map(FeedbackIntake::received).toList());
        List<FollowUpService.Source> toOpen = new ArrayList<>(cases.values());
        completeCasesOfDuplicates(tenant, repository, stored, toOpen);
        followUps.openAll(tenant, toOpen, events.of(tenant));

        Map<String, Outcome<F>> outcomes = new LinkedHashMap<>();
        candidates.keySet().forEach(id -> outcomes.put(id, fresh.containsKey(id)
                ? new Outcome<>(fresh.get(id), true) : new Outcome<>(stored.get(id), false)));
        return outcomes;
    }

    /** What a stream's {@code feedback.received} event says of new feedback. */
    private static Map<String, ?> received(Feedback<?> f) {
        return FeedbackEvents.data("id", f.id(), "sourceType", f.sourceType(), "kind", f.kindName(), "score", f.score(),
                "category", f.category() == null ? null : f.category().name(), "customerId", f.customerId(), "journeyId", f.journeyId(),
                "stageKey", f.stageKey(), "touchpointId", f.touchpointId(), "language", f.language(), "sentiment", f.sentimentScore(),
                "negative", f.negative(), "comment", f.text(), "followUpId", f.followUpId(), "givenAt", String.valueOf(f.givenAt()));
    }

    /** A duplicate's case is opened again; one stored unhappy without a case (before cases were opened with it) gets one now. */
    private <F extends Feedback<F>> void completeCasesOfDuplicates(String tenant, FeedbackRepository<F> repository, Map<String, F> stored,
                                                                  List<FollowUpService.Source> toOpen) {
        stored.replaceAll((id, feedback) -> {
            var source = followUps.caseFor(feedback);
            if (source.isEmpty()) {
                return feedback;
            }
            if (feedback.followUpId() == null) {
                String followUpId = followUps.open(tenant, source.get());
                repository.setFollowUpId(feedback.id(), followUpId);
                return feedback.withFollowUpId(followUpId);
            }
            if (feedback.followUpId().equals(FollowUpService.idOf(tenant, source.get()))) {
                toOpen.add(source.get());
            }
            return feedback;
        });
    }
}
