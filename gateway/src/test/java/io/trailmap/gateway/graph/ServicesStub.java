package io.trailmap.gateway.graph;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** One in-process WireMock server on a free port standing in for the three services. */
@QuarkusTestResource(ServicesStub.class)
public class ServicesStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(new SummariesPerKey(), new FunnelsPerJourney(),
                new KeysetPagedList()));
        server.start();
        String url = server.baseUrl();
        return Map.of("quarkus.rest-client.journey-service.url", url,
                "quarkus.rest-client.touchpoint-service.url", url,
                "quarkus.rest-client.feedback-service.url", url,
                // short fault-tolerance timings and no retries in tests
                "io.trailmap.gateway.client.FeedbackClient/Retry/maxRetries", "0",
                "io.trailmap.gateway.client.TouchpointClient/Retry/maxRetries", "0",
                "io.trailmap.gateway.client.JourneyClient/Retry/maxRetries", "0",
                // publishing gives up after 1 s, so that ErrorCodesTest sees a timeout of the fault-tolerance layer soon
                "io.trailmap.gateway.client.JourneyClient/publish/Timeout/value", "1000",
                // circuit breakers stay in place (their metrics are checked) but never open in tests
                "CircuitBreaker/requestVolumeThreshold", "100000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
