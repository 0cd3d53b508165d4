package io.trailmap.gateway.client;

import io.trailmap.gateway.error.BadUserInputError;

/**
 * An id that goes into a service's URL path. An empty one, "." or ".." would change which resource
 * the path names (GET /journeys/ is the list, not a journey), so they are refused here.
 */
final class PathIds {

    private PathIds() {
    }

    static String segment(String value, String argument) {
        if (value == null || value.isBlank() || value.equals(".") || value.equals("..")) {
            throw new BadUserInputError(argument + ": must be an id, not '" + (value == null ? "" : value) + "'");
        }
        return value;
    }
}
