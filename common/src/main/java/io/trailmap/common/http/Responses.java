package io.trailmap.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Answers that carry a resource's version as its ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, IfMatch.etagOf(version)).build();
    }

    public static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).header(HttpHeaders.ETAG, IfMatch.etagOf(version)).build();
    }

    public static Response noContent(long version) {
        return Response.noContent().header(HttpHeaders.ETAG, IfMatch.etagOf(version)).build();
    }
}
