package io.trailmap.common.security;

import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code tenant} claim that confines every read and write of a caller. It must be a JSON
 * string holding a tenant id: 1–64 characters of lower-case letters, digits, '.', '_' and '-',
 * starting with a letter or digit. Anything else — an array, an object, a number, a padded or
 * upper-case name — names no tenant, so the token is refused rather than read as some other text.
 */
public final class TenantClaim {

    public static final String NAME = "tenant";
    public static final String FORM = "^[a-z0-9][a-z0-9._-]{0,63}$";
    private static final Pattern TENANT_ID = Pattern.compile(FORM);

    private TenantClaim() {
    }

    /** The caller's tenant id, or empty when the token has no claim of the tenant-id form. */
    public static Optional<String> of(JsonWebToken jwt) {
        return tenantId(jwt.getClaim(NAME));
    }

    /** The tenant id a claim value holds, or empty when it holds none (missing, not a string, not of the form). */
    static Optional<String> tenantId(Object claim) {
        String text = claim instanceof String string ? string : claim instanceof JsonString json ? json.getString() : null;
        return text != null && TENANT_ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
