package io.trailmap.feedback.api;

/**
 * Where a summary is read from: the buckets kept as feedback is stored (default), or the stored feedback
 * itself ({@code source=RAW}, admin only, slow), to verify the buckets.
 */
public enum SummarySource { BUCKETS, RAW }
