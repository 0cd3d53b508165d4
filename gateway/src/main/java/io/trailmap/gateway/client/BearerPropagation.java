package io.trailmap.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Passes the caller's verified token on to the services, which check it again for their own roles. */
@ApplicationScoped
public class BearerPropagation implements ClientHeadersFactory {

    @Inject
    JsonWebToken caller;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (caller.getRawToken() != null) {
            headers.add("Authorization", "Bearer " + caller.getRawToken());
        }
        return headers;
    }
}
