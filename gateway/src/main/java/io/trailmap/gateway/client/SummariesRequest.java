package io.trailmap.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The body of feedback-service's {@code POST /feedback/summaries}: one summary per key, in order, optionally of a time range. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummariesRequest(List<SummaryKey> keys, String from, String to) {

    public static SummariesRequest of(List<SummaryKey> keys) {
        return new SummariesRequest(List.copyOf(keys), null, null);
    }
}
