package io.trailmap.webhooks;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTargetsTest {

    /** A resolver with fixed answers, so the test needs no DNS. */
    private static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34", "internal.example.com", "10.1.2.3",
            "rebind.example.com", "127.0.0.1", "metadata.example.com", "169.254.169.254");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null && !Character.isDigit(host.charAt(0)) && !host.contains(":")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(address == null ? host : address)};
    }

    private final WebhookTargets prod = new WebhookTargets(new WebhookTargets.Policy(false, false), WebhookTargetsTest::resolve);
    private final WebhookTargets local = new WebhookTargets(new WebhookTargets.Policy(true, true), WebhookTargetsTest::resolve);

    @Test
    void aPublicHttpsUrlIsAccepted() {
        assertThat(prod.problem("https://hooks.example.com/trailmap?x=1")).isEmpty();
        assertThat(prod.problem("https://93.184.216.34:8443/hook")).isEmpty();
    }

    @Test
    void privateLoopbackLinkLocalAndMetadataAddressesAreRefused() {
        for (String url : new String[]{"https://internal.example.com/h", "https://rebind.example.com/h", "https://metadata.example.com/",
                "https://127.0.0.1/h", "https://10.0.0.8/h", "https://172.20.1.1/h", "https://192.168.1.1/h", "https://169.254.169.254/latest",
                "https://0.0.0.0/h", "https://100.64.0.1/h", "https://[::1]/h", "https://[fd00::1]/h", "https://[::ffff:10.0.0.1]/h",
                "https://[fe80::1]/h"}) {
            assertThat(prod.problem(url)).as(url).hasValueSatisfying(p -> assertThat(p).contains("public addresses only"));
        }
    }

    @Test
    void schemeCredentialsAndHostAreChecked() {
        assertThat(prod.problem("http://hooks.example.com/h")).contains("must be an https URL");
        assertThat(prod.problem("ftp://hooks.example.com/h")).contains("must be an https URL");
        assertThat(prod.problem("https://user:pw@hooks.example.com/h")).hasValueSatisfying(p -> assertThat(p).contains("credentials"));
        assertThat(prod.problem("https:///nohost")).contains("must name a host");
        assertThat(prod.problem("not a url at all")).isPresent();
        assertThat(prod.problem("https://nowhere.invalid/h")).hasValueSatisfying(p -> assertThat(p).contains("cannot be resolved"));
    }

    @Test
    void aLocalDeploymentMayAllowHttpAndPrivateTargets() {
        assertThat(local.problem("http://127.0.0.1:9999/h")).isEmpty();
        assertThat(local.problem("http://internal.example.com/h")).isEmpty();
        assertThat(local.problem("ftp://internal.example.com/h")).contains("must be an http(s) URL");
    }
}
