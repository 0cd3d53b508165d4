package io.trailmap.webhooks;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Instant AT = Instant.ofEpochSecond(1_614_265_330L);

    @Test
    void theSignatureIsHmacSha256OfIdTimestampAndBodyKeyedWithTheDecodedSecret() throws Exception {
        String body = "{\"test\": 2432232314}";
        // computed independently of the class: key = Base64-decoded secret, message = "id.timestamp.body"
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330." + body).getBytes(StandardCharsets.UTF_8)));
        String signature = WebhookSignature.withSecret(SECRET).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1_614_265_330L, body);
        assertThat(signature).isEqualTo(expected).startsWith("v1,").hasSize(3 + 44);
        // the example message of the Standard Webhooks reference libraries signs to this value
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verificationAcceptsTheSignatureAmongOthersAndRefusesTamperingStaleOrForeignKeys() {
        WebhookSignature signer = WebhookSignature.withSecret(SECRET);
        String body = "{\"type\":\"journey.published\"}";
        String header = "v1,bm90IGl0 " + signer.sign("msg_1", AT.getEpochSecond(), body);
        Duration tolerance = Duration.ofMinutes(5);
        assertThat(signer.verify("msg_1", "1614265330", body, header, AT.plusSeconds(60), tolerance)).isTrue();
        assertThat(signer.verify("msg_1", "1614265330", body + " ", header, AT, tolerance)).isFalse();
        assertThat(signer.verify("msg_2", "1614265330", body, header, AT, tolerance)).isFalse();
        assertThat(signer.verify("msg_1", "1614265331", body, header, AT, tolerance)).isFalse();
        assertThat(signer.verify("msg_1", "1614265330", body, header, AT.plus(Duration.ofMinutes(6)), tolerance)).isFalse();
        assertThat(signer.verify("msg_1", "soon", body, header, AT, tolerance)).isFalse();
        assertThat(WebhookSignature.withSecret(WebhookSignature.newSecret()).verify("msg_1", "1614265330", body, header, AT, tolerance))
                .isFalse();
    }

    /** Property: whatever the message, what one signer signs it verifies, and another secret does not. */
    @RepeatedTest(200)
    void whatIsSignedVerifiesOnlyWithItsOwnSecret(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        byte[] raw = new byte[random.nextInt(2_000)];
        random.nextBytes(raw);
        String body = new String(raw, StandardCharsets.ISO_8859_1);
        String id = "msg_" + random.nextLong();
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        String header = WebhookSignature.withSecret(secret).sign(id, AT.getEpochSecond(), body);
        assertThat(WebhookSignature.withSecret(secret).verify(id, String.valueOf(AT.getEpochSecond()), body, header, AT, Duration.ZERO)).isTrue();
        assertThat(WebhookSignature.withSecret(WebhookSignature.newSecret())
                .verify(id, String.valueOf(AT.getEpochSecond()), body, header, AT, Duration.ZERO)).isFalse();
    }
}
