package io.trailmap.common.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How the services recognise a customer they have already erased without keeping the id: the SHA-256
 * digest of tenant and customer id, stored with the erasure's audit record, lets a repeated erasure
 * answer the receipt of the first one. The API never lists or searches audit records by it.
 */
public final class ErasedCustomer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErasedCustomer() {
    }

    /** 64 hex characters; the same for the same tenant and id, different across tenants. */
    public static String digest(String tenant, String customerId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((tenant + "\u0000" + customerId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The id as JSON writes it (quoted, escaped): how a stored JSON document names it as a string value. */
    public static String asJsonString(String customerId) {
        try {
            return JSON.writeValueAsString(customerId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always JSON", e);
        }
    }
}
