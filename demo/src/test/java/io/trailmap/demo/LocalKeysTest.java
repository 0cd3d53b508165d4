package io.trailmap.demo;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalKeysTest {

    @Test
    void aKeyPairIsGeneratedOnceAndKeptPrivate(@TempDir Path dir) throws Exception {
        LocalKeys first = LocalKeys.in(dir.resolve("keys"));
        String privatePem = Files.readString(first.privateKeyFile());
        LocalKeys again = LocalKeys.in(dir.resolve("keys"));

        assertThat(Files.readString(again.privateKeyFile())).isEqualTo(privatePem);
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(first.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.getPosixFilePermissions(first.privateKeyFile()).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    @Test
    void tokensVerifyWithThePublicKeyAndCarryTenantAndRole(@TempDir Path dir) throws Exception {
        LocalKeys keys = LocalKeys.in(dir);
        String token = new LocalTokens(keys, LocalTokens.ISSUER).token("acme", "ingest", Duration.ofMinutes(5));

        JwtClaims claims = consumer(publicKey(keys.publicKeyFile())).processToClaims(token);
        assertThat(claims.getIssuer()).isEqualTo(LocalTokens.ISSUER);
        assertThat(claims.getClaimValueAsString("tenant")).isEqualTo("acme");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("ingest");

        PublicKey otherKey = publicKey(LocalKeys.in(dir.resolve("other")).publicKeyFile());
        assertThatThrownBy(() -> consumer(otherKey).processToClaims(token)).isInstanceOf(InvalidJwtException.class);
    }

    private static org.jose4j.jwt.consumer.JwtConsumer consumer(PublicKey key) {
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer(LocalTokens.ISSUER).setRequireExpirationTime().build();
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
