package io.trailmap.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair a local run signs and verifies tokens with: generated on first use in its own
 * directory (never committed, never shared with production settings) and reused afterwards.
 */
public final class LocalKeys {

    public static final String PRIVATE_KEY = "privateKey.pem";
    public static final String PUBLIC_KEY = "publicKey.pem";

    private final Path dir;

    private LocalKeys(Path dir) {
        this.dir = dir;
    }

    /** The key pair in {@code dir}, generated when it is not there yet. */
    public static LocalKeys in(Path dir) throws IOException {
        LocalKeys keys = new LocalKeys(dir);
        if (!Files.exists(keys.privateKeyFile()) || !Files.exists(keys.publicKeyFile())) {
            keys.generate();
        }
        return keys;
    }

    public Path privateKeyFile() {
        return dir.resolve(PRIVATE_KEY);
    }

    public Path publicKeyFile() {
        return dir.resolve(PUBLIC_KEY);
    }

    public PrivateKey privateKey() throws IOException {
        String pem = Files.readString(privateKeyFile());
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IOException("not a PKCS#8 RSA private key: " + privateKeyFile(), e);
        }
    }

    private void generate() throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        Files.createDirectories(dir);
        Files.writeString(privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateKeyFile(), PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the directory's permissions apply
        }
        Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
