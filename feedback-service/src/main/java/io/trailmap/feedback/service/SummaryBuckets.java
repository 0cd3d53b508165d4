package io.trailmap.feedback.service;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.trailmap.feedback.domain.Feedback;
import io.trailmap.feedback.domain.FoundAspect;
import io.trailmap.feedback.text.PiiMasker;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feedback pre-aggregated per tenant, UTC day, place (journey, stage, touchpoint) and kind, so that a
 * summary reads a few hundred buckets instead of every response. Stored feedback is added with
 * {@code $inc} in one bulk write per batch; erased or expired feedback is taken out the same way
 * (sign −1), its example comments pulled. A bucket holds: {@code count}; per kind (NPS, CSAT, CES, CUSTOM
 * or REVIEW) {@code kinds.<KIND>.{count, scoreSum, sentimentSum, sentiments, categories.<CATEGORY>}} (score
 * or review rating; analysed comments); {@code aspects.<KEY>.{count, sentimentSum, negative}} and
 * {@code labels.<KEY>}. The three newest masked comments naming an aspect are in {@code summary_examples},
 * one document per bucket and aspect.
 */
@ApplicationScoped
public class SummaryBuckets {

    public enum Source {
        RESPONSE("submittedAt", "comment"), REVIEW("publishedAt", "text");

        final String timeField;
        final String textField;

        Source(String timeField, String textField) {
            this.timeField = timeField;
            this.textField = textField;
        }
    }

    /** The kind under which a review bucket counts its reviews. */
    static final String REVIEW_KIND = "REVIEW";
    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    static final int EXAMPLE_LENGTH = 300;
    private static final PushOptions NEWEST_EXAMPLES = new PushOptions().sortDocument(new Document("at", 1)).slice(-SummaryTally.EXAMPLES);
    /** Removals a bucket remembers: far more than can be under way at once. */
    private static final int REMEMBERED_REMOVALS = 200;
    /** Stands for a field the feedback leaves open in a bucket's id: no value can be it. */
    private static final String OPEN = "\u0001";

    private final Store store;

    public SummaryBuckets(Store store) {
        this.store = store;
    }

    /** Counts stored feedback in. */
    public void add(List<? extends Feedback<?>> stored) {
        write(stored, 1, null);
    }

    /**
     * Takes feedback that is about to be removed out of the counts, with its example comments. {@code removal}
     * names the removal (an erasure's audit id, a retention run's mark on the documents): a bucket records the
     * removals applied to it, so a removal resumed after a crash takes nothing out twice.
     */
    public void remove(List<? extends Feedback<?>> removed, String removal) {
        write(removed, -1, removal);
    }

    private void write(List<? extends Feedback<?>> feedback, int sign, String removal) {
        Map<String, Increment> buckets = new LinkedHashMap<>();
        for (Feedback<?> f : feedback) {
            Document key = key(f);
            buckets.computeIfAbsent(id(key), id -> new Increment(key)).add(f, sign);
        }
        if (buckets.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> counts = new ArrayList<>(buckets.size());
        List<WriteModel<Document>> examples = new ArrayList<>();
        buckets.forEach((id, increment) -> {
            counts.add(removal == null
                    ? new UpdateOneModel<>(Filters.eq("_id", id), increment.update(sign), new UpdateOptions().upsert(true))
                    : new UpdateOneModel<>(Filters.and(Filters.eq("_id", id), Filters.ne("removals", removal)), Updates.combine(
                            increment.update(sign), Updates.pushEach("removals", List.of(removal), new PushOptions().slice(-REMEMBERED_REMOVALS)))));
            examples.addAll(increment.exampleUpdates(id));
        });
        store.summaryBuckets().bulkWrite(counts, new BulkWriteOptions().ordered(false));
        if (!examples.isEmpty()) {
            store.summaryExamples().bulkWrite(examples, new BulkWriteOptions().ordered(false));
        }
    }

    /** What a bucket is of: where the feedback was given and its UTC day (kinds are counted apart inside it). */
    static Document key(Feedback<?> f) {
        Instant at = f.givenAt();
        return new Document("tenant", f.tenant()).append("source", f.sourceType())
                .append("day", at == null ? null : DAY.format(at))
                .append("journeyId", f.journeyId()).append("stageKey", f.stageKey()).append("touchpointId", f.touchpointId());
    }

    private static String id(Document key) {
        return FeedbackIds.of("bucket", key.getString("tenant"), key.getString("source"), orOpen(key.getString("day")),
                orOpen(key.getString("journeyId")), orOpen(key.getString("stageKey")), orOpen(key.getString("touchpointId")));
    }

    private static String orOpen(String value) {
        return value == null ? OPEN : value;
    }

    /** The id of the document holding a bucket's examples of one aspect. */
    static String examplesId(String bucketId, String aspect) {
        return FeedbackIds.of(bucketId, aspect);
    }

    /** A comment as an example: masked, at most {@link #EXAMPLE_LENGTH} characters; null when there is none. */
    static String example(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String masked = PiiMasker.mask(text.strip());
        return masked.length() <= EXAMPLE_LENGTH ? masked : masked.substring(0, EXAMPLE_LENGTH - 1) + "…";
    }

    /** The sums of one kind (a survey kind, or REVIEW) in a bucket. */
    private static final class KindSum {
        long count;
        double scoreSum;
        double sentimentSum;
        long sentiments;
        final Map<String, Long> categories = new TreeMap<>();
    }

    /** One bucket's change from a batch. */
    private static final class Increment {
        final Document key;
        long count;
        final Map<String, KindSum> kinds = new TreeMap<>();
        final Map<String, AspectSum> aspects = new TreeMap<>();
        final Map<String, List<Document>> examples = new TreeMap<>();
        final Map<String, List<String>> removedIds = new TreeMap<>();

        Increment(Document key) {
            this.key = key;
        }

        void add(Feedback<?> f, int sign) {
            count += sign;
            KindSum kind = kinds.computeIfAbsent(f.kindName(), k -> new KindSum());
            kind.count += sign;
            kind.scoreSum += f.score() == null ? 0 : sign * f.score();
            Double sentiment = f.sentimentScore();
            if (sentiment != null) {
                kind.sentimentSum += sign * sentiment;
                kind.sentiments += sign;
            }
            if (f.category() != null) {
                kind.categories.merge(f.category().name(), (long) sign, Long::sum);
            }
            String text = example(f.text());
            for (FoundAspect aspect : f.aspects()) {
                AspectSum sum = aspects.computeIfAbsent(aspect.key(), k -> new AspectSum(aspect.label()));
                sum.count += sign;
                sum.sentimentSum += aspect.sentiment() == null ? 0 : sign * aspect.sentiment().score();
                sum.negative += sign * aspect.negativeN();
                if (sign > 0 && text != null) {
                    examples.computeIfAbsent(aspect.key(), k -> new ArrayList<>()).add(new Document("at", Docs.date(f.givenAt()))
                            .append("id", f.id()).append("text", text));
                } else if (sign < 0) {
                    removedIds.computeIfAbsent(aspect.key(), k -> new ArrayList<>()).add(f.id());
                }
            }
        }

        Bson update(int sign) {
            List<Bson> changes = new ArrayList<>();
            if (sign > 0) {
                key.forEach((field, value) -> changes.add(Updates.setOnInsert(field, value)));
            }
            changes.add(Updates.inc("count", count));
            kinds.forEach((kind, sum) -> {
                String at = "kinds." + kind + ".";
                changes.add(Updates.inc(at + "count", sum.count));
                changes.add(Updates.inc(at + "scoreSum", sum.scoreSum));
                changes.add(Updates.inc(at + "sentimentSum", sum.sentimentSum));
                changes.add(Updates.inc(at + "sentiments", sum.sentiments));
                sum.categories.forEach((category, n) -> changes.add(Updates.inc(at + "categories." + category, n)));
            });
            aspects.forEach((aspectKey, sum) -> {
                changes.add(Updates.inc("aspects." + aspectKey + ".count", sum.count));
                changes.add(Updates.inc("aspects." + aspectKey + ".sentimentSum", sum.sentimentSum));
                changes.add(Updates.inc("aspects." + aspectKey + ".negative", sum.negative));
                if (sign > 0) {
                    changes.add(Updates.set("labels." + aspectKey, sum.label));
                }
            });
            return Updates.combine(changes);
        }

        /**
         * The bucket's example comments, one small document per aspect (kept apart so that counting rewrites
         * no example text): the newest three pushed, or the removed ones pulled ($pull repeats harmlessly).
         */
        List<WriteModel<Document>> exampleUpdates(String bucketId) {
            List<WriteModel<Document>> updates = new ArrayList<>();
            examples.forEach((aspectKey, list) -> {
                List<Bson> changes = new ArrayList<>();
                key.forEach((field, value) -> changes.add(Updates.setOnInsert(field, value)));
                changes.add(Updates.setOnInsert("aspect", aspectKey));
                changes.add(Updates.pushEach("examples", list, NEWEST_EXAMPLES));
                updates.add(new UpdateOneModel<>(Filters.eq("_id", examplesId(bucketId, aspectKey)), Updates.combine(changes),
                        new UpdateOptions().upsert(true)));
            });
            removedIds.forEach((aspectKey, ids) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", examplesId(bucketId, aspectKey)),
                    Updates.pullByFilter(new Document("examples", new Document("id", new Document("$in", ids)))))));
            return updates;
        }
    }

    private static final class AspectSum {
        final String label;
        long count;
        double sentimentSum;
        long negative;

        AspectSum(String label) {
            this.label = label;
        }
    }
}
