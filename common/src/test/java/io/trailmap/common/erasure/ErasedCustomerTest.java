package io.trailmap.common.erasure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErasedCustomerTest {

    @Test
    void theDigestIsTheSha256OfTenantNulAndIdSoItDiffersAcrossTenantsAndIds() {
        // printf 'acme\0c-1' | sha256sum, and so on
        assertThat(ErasedCustomer.digest("acme", "c-1")).isEqualTo("4bb6e83887ab0e28796eb65bd5d942a27d05c79087d094d75632396d37034364");
        assertThat(ErasedCustomer.digest("globex", "c-1")).isEqualTo("98a850eb832a31cbd19fd826e6d83b3a443ea103919790a20c031b0976a71a7e");
        assertThat(ErasedCustomer.digest("acme", "c-2")).isEqualTo("eb7b2104babeb0f449af32522684a97a998c5a263bb646a96bbd8759d2fa56bc");
    }

    @Test
    void anIdIsNamedInJsonQuotedAndEscapedAsStoredDocumentsWriteIt() {
        assertThat(ErasedCustomer.asJsonString("c-1")).isEqualTo("\"c-1\"");
        assertThat(ErasedCustomer.asJsonString("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }
}
