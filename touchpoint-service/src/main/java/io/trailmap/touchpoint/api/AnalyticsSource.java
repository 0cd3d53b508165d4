package io.trailmap.touchpoint.api;

/**
 * Where an analytic is counted from: the rollups kept by ingestion (normal) or, to check them, the raw
 * interactions ({@code source=RAW}, admin only, slow).
 */
public enum AnalyticsSource { ROLLUP, RAW }
