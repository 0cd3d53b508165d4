package io.trailmap.feedback.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A summary's period [from, to); null ends are open. */
record SummaryRange(Instant from, Instant to) {

    /**
     * The period as the whole UTC days inside it (null when there are none), which buckets answer, and
     * the parts of a day at either end (at most two), which are read from the stored feedback itself.
     */
    record Split(SummaryRange wholeDays, List<SummaryRange> partDays) {
    }

    Split split() {
        Instant firstDay = from == null ? null : from.truncatedTo(ChronoUnit.DAYS);
        if (firstDay != null && firstDay.isBefore(from)) {
            firstDay = firstDay.plus(1, ChronoUnit.DAYS);
        }
        Instant endDay = to == null ? null : to.truncatedTo(ChronoUnit.DAYS);
        if (firstDay != null && endDay != null && !firstDay.isBefore(endDay)) {
            return new Split(null, List.of(this));
        }
        List<SummaryRange> parts = new ArrayList<>(2);
        if (from != null && from.isBefore(firstDay)) {
            parts.add(new SummaryRange(from, firstDay));
        }
        if (to != null && endDay.isBefore(to)) {
            parts.add(new SummaryRange(endDay, to));
        }
        return new Split(new SummaryRange(firstDay, endDay), parts);
    }
}
