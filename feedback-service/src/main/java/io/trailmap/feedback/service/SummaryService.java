package io.trailmap.feedback.service;

import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.FeedbackSummary;
import io.trailmap.feedback.api.SummaryKey;
import io.trailmap.feedback.api.SummarySource;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Feedback summaries, for any number of keys with a fixed number of reads in all rather than so many per
 * key. Whole UTC days of the period are read from {@link SummaryBuckets} ({@link BucketSummaryReads}), the
 * parts of a day at its ends from the stored feedback ({@link RawSummaryReads}); {@code source=RAW} reads all
 * of it from the stored feedback. Each read is added to the keys it counts towards ({@link SummaryScopes}),
 * and scores, trends and topThemes are computed from those sums ({@link SummaryTally}).
 */
@ApplicationScoped
public class SummaryService {

    public enum Interval { DAY, WEEK, MONTH }

    private final Store store;
    private final CurrentTenant tenant;
    private final Clock clock;

    public SummaryService(Store store, CurrentTenant tenant, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    public FeedbackSummary summary(SummaryKey key, Instant from, Instant to, Interval interval, SummarySource source) {
        return summarise(List.of(key), new SummaryRange(from, to), interval == null ? Interval.DAY : interval,
                source == null ? SummarySource.BUCKETS : source).getFirst();
    }

    /** One summary per key, in the order of the keys (daily trend). */
    public List<FeedbackSummary> summaries(List<SummaryKey> keys, Instant from, Instant to) {
        return summarise(keys, new SummaryRange(from, to), Interval.DAY, SummarySource.BUCKETS);
    }

    private List<FeedbackSummary> summarise(List<SummaryKey> keys, SummaryRange period, Interval interval, SummarySource source) {
        if (keys.isEmpty()) {
            return List.of();
        }
        SummaryScopes scopes = new SummaryScopes(keys);
        List<SummaryTally> tallies = keys.stream().map(k -> new SummaryTally(interval)).toList();
        SummaryReads buckets = new BucketSummaryReads(store, tenant.id(), scopes, tallies);
        SummaryReads raw = new RawSummaryReads(store, tenant.id(), scopes, tallies);
        SummaryRange.Split split = source == SummarySource.RAW ? new SummaryRange.Split(null, List.of(period)) : period.split();

        forEachPart(split, buckets, raw, SummaryReads::addCounts);
        forEachPart(split, buckets, raw, SummaryReads::addThemes);
        if (period.from() != null) {   // the previous period of the same length, for change
            Instant end = period.to() == null ? clock.instant() : period.to();
            SummaryRange previous = new SummaryRange(period.from().minus(Duration.between(period.from(), end)), period.from());
            SummaryRange.Split previousSplit = source == SummarySource.RAW ? new SummaryRange.Split(null, List.of(previous)) : previous.split();
            forEachPart(previousSplit, buckets, raw, SummaryReads::addPreviousPeriod);
        }
        addExamplesNewestFirst(split, buckets, raw);
        return IntStream.range(0, keys.size()).mapToObj(i -> tallies.get(i).summary(keys.get(i), period.from(), period.to())).toList();
    }

    /** Examples from the part of a day at the end, the whole days, then the part of a day at the start, until every top theme has them. */
    private static void addExamplesNewestFirst(SummaryRange.Split split, SummaryReads buckets, SummaryReads raw) {
        List<SummaryRange> parts = split.partDays();
        SummaryRange end = parts.isEmpty() || split.wholeDays() == null || parts.getLast().from() == null
                || split.wholeDays().to() == null || parts.getLast().from().isBefore(split.wholeDays().to()) ? null : parts.getLast();
        if (end != null && raw.addExamples(end)) {
            return;
        }
        if (split.wholeDays() != null && buckets.addExamples(split.wholeDays())) {
            return;
        }
        for (SummaryRange part : parts.reversed()) {
            if (part != end && raw.addExamples(part)) {
                return;
            }
        }
    }

    private interface Read {
        void add(SummaryReads reads, SummaryRange range);
    }

    private static void forEachPart(SummaryRange.Split split, SummaryReads buckets, SummaryReads raw, Read read) {
        if (split.wholeDays() != null) {
            read.add(buckets, split.wholeDays());
        }
        split.partDays().forEach(part -> read.add(raw, part));
    }
}
