package io.trailmap.common.openapi;

/**
 * Vendor extensions our resources put in their documents where the OpenAPI vocabulary has no word
 * for it; the tests that validate exchanges against the documents read them too.
 */
public final class OpenApiExtensions {

    /**
     * On a batch operation ({@code @Extension(name = PARTIAL_ACCEPTANCE, value = "true")}): each item is
     * validated on its own, and an invalid one is listed in the answer instead of failing the request, so a
     * 2xx answer does not mean every item matched the request schema.
     */
    public static final String PARTIAL_ACCEPTANCE = "x-partial-acceptance";

    private OpenApiExtensions() {
    }
}
