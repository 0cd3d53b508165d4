package io.trailmap.feedback.service;

/**
 * One way of reading what summaries add up over a period — from {@link BucketSummaryReads buckets} (whole
 * UTC days) or from {@link RawSummaryReads the stored feedback} — into the tallies of the keys asked.
 */
interface SummaryReads {

    /** Responses by day, kind and category, and reviews. */
    void addCounts(SummaryRange range);

    /** The aspects the comments name. */
    void addThemes(SummaryRange range);

    /** The analysed comments and the aspects they name, in the previous period that {@code change} compares with. */
    void addPreviousPeriod(SummaryRange range);

    /** Example comments for the top themes, newest first; answers whether every top theme now has its examples. */
    boolean addExamples(SummaryRange range);
}
