package io.trailmap.touchpoint.ingest;

import io.trailmap.touchpoint.api.IngestResult;
import io.trailmap.touchpoint.api.InteractionInput;

import java.util.List;

/** A batch after each event was read and validated on its own: the good ones and the rejected ones. */
public record ParsedBatch(List<InteractionInput> valid, List<IngestResult.Rejected> rejected) {
}
