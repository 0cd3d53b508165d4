package io.trailmap.common.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTest {

    @Test
    void nulIsRefusedWithItsPosition() {
        assertThat(StorableText.problemWith("ab\u0000c")).contains("contains U+0000 (NUL) at character 3, which cannot be stored");
        assertThat(StorableText.problemWith("\u0000")).contains("contains U+0000 (NUL) at character 1, which cannot be stored");
    }

    @Test
    void anUnpairedSurrogateIsRefusedWhereverItStands() {
        assertThat(StorableText.problemWith("\uD800")).contains(
                "contains an unpaired UTF-16 surrogate (U+D800) at character 1, which is not Unicode text");
        assertThat(StorableText.problemWith("x\uDC00y")).contains(
                "contains an unpaired UTF-16 surrogate (U+DC00) at character 2, which is not Unicode text");
        // a low surrogate before a high one pairs with nothing
        assertThat(StorableText.problemWith("\uDD84\uD83E")).contains(
                "contains an unpaired UTF-16 surrogate (U+DD84) at character 1, which is not Unicode text");
        // a high surrogate at the very end
        assertThat(StorableText.problemWith("ok\uD83E")).contains(
                "contains an unpaired UTF-16 surrogate (U+D83E) at character 3, which is not Unicode text");
    }

    @Test
    void everyOtherTextIsStorable() {
        assertThat(StorableText.problemWith(null)).isEmpty();
        assertThat(StorableText.problemWith("")).isEmpty();
        assertThat(StorableText.problemWith("🦄 unicorn \uD83E\uDD84")).isEmpty();
        assertThat(StorableText.problemWith("\uFFFF\uFFFE\u202E\r\n\t\u0001")).isEmpty();
        assertThat(StorableText.problemWith("%00")).isEmpty();
    }
}
