package io.trailmap.feedback.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PiiMaskerTest {

    @Test
    void masksEmailsAndPhoneNumbersButNotOrderNumbersOrPrices() {
        assertThat(PiiMasker.mask("Mail me at anna.virtanen@example.fi or call +358 40 123 4567!"))
                .isEqualTo("Mail me at [email] or call [phone]!");
        assertThat(PiiMasker.mask("Soita 040-1234567 kiitos")).isEqualTo("Soita [phone] kiitos");
        assertThat(PiiMasker.mask("Ring (08) 123 45 67")).isEqualTo("Ring [phone]");
        assertThat(PiiMasker.mask("Order 12345 cost 49.90 EUR on 2026-05-01")).isEqualTo("Order 12345 cost 49.90 EUR on 2026-05-01");
        assertThat(PiiMasker.mask(null)).isNull();
    }
}
