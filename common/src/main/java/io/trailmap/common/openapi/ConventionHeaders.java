package io.trailmap.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The response headers of DESIGN §3 as components, so an operation refers to them by name
 * ({@code @Header(name = "ETag", ref = "ETag")}) and every document describes them alike.
 */
final class ConventionHeaders {

    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String RETRY_AFTER = "Retry-After";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private ConventionHeaders() {
    }

    static void addTo(Components components) {
        components.addHeader(ETAG, header("The resource's version, e.g. \"3\": send it back in If-Match to change or delete it", true));
        components.addHeader(LOCATION, header("Where the created resource can be read", true));
        components.addHeader(RETRY_AFTER, header("Seconds to wait before trying again", true)
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)));
        components.addHeader(IDEMPOTENT_REPLAYED, header("\"true\" when this is the stored answer to an earlier request"
                + " with the same Idempotency-Key and body (nothing was created again)", false));
        components.addHeader(WWW_AUTHENTICATE, header("Bearer", true));
    }

    /** A reference to one of the headers above. */
    static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static Header header(String description, boolean required) {
        return OASFactory.createHeader().description(description).required(required)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }
}
