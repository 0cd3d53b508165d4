package io.trailmap.datagen;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A journey to generate traffic for: its stages in order, and optionally an A/B experiment at one
 * stage where variant "B" raises the chance of going on by {@code variantUplift}.
 */
public record JourneyScenario(UUID journeyId, List<StageSpec> stages, String experimentStage, double variantUplift) {

    /** An online shop: ads and search, product pages, cart, checkout with heavy cart abandonment, and repeat visits. */
    public static JourneyScenario ecommerce(UUID journeyId) {
        TouchpointSpec instagram = spec(journeyId, "Instagram ads", "SOCIAL_MEDIA", "TOFU");
        TouchpointSpec google = spec(journeyId, "Google search", "SEARCH_ENGINE", "TOFU");
        TouchpointSpec reviews = spec(journeyId, "Product reviews", "ONLINE_REVIEW", "MOFU");
        TouchpointSpec productPage = spec(journeyId, "Product page", "WEBSITE", "MOFU");
        TouchpointSpec newsletter = spec(journeyId, "Newsletter", "EMAIL", "MOFU");
        TouchpointSpec cart = spec(journeyId, "Shopping cart", "WEBSITE", "BOFU");
        TouchpointSpec app = spec(journeyId, "Mobile app", "MOBILE_APP", "BOFU");
        TouchpointSpec checkout = spec(journeyId, "Checkout", "CHECKOUT", "BOFU");
        TouchpointSpec followUp = spec(journeyId, "Order follow-up", "FOLLOW_UP", "POST_PURCHASE");
        return new JourneyScenario(journeyId, List.of(
                new StageSpec("awareness", List.of(instagram, google), "IMPRESSION", 0.55),
                new StageSpec("consideration", List.of(reviews, productPage, newsletter), "VIEW", 0.45),
                new StageSpec("decision", List.of(cart, app), "ADD_TO_CART", 0.35),
                new StageSpec("conversion", List.of(checkout), "PURCHASE", 0.6),
                new StageSpec("retention", List.of(followUp, newsletter), "VISIT", 0.0)),
                "decision", 0.15);
    }

    /** A SaaS trial: webinar and search, sign-up, onboarding (where most trials drop off), paid conversion. */
    public static JourneyScenario saasTrial(UUID journeyId) {
        TouchpointSpec webinar = spec(journeyId, "Product webinar", "WEBINAR", "TOFU");
        TouchpointSpec search = spec(journeyId, "Search ads", "SEARCH_ENGINE", "TOFU");
        TouchpointSpec signup = spec(journeyId, "Sign-up page", "WEBSITE", "MOFU");
        TouchpointSpec onboarding = spec(journeyId, "Onboarding checklist", "ONBOARDING", "MOFU");
        TouchpointSpec chat = spec(journeyId, "Live chat", "LIVE_CHAT", "BOFU");
        TouchpointSpec billing = spec(journeyId, "Billing page", "CHECKOUT", "BOFU");
        return new JourneyScenario(journeyId, List.of(
                new StageSpec("discover", List.of(webinar, search), "VISIT", 0.5),
                new StageSpec("sign-up", List.of(signup), "SIGNUP", 0.3),
                new StageSpec("onboarding", List.of(onboarding, chat), "CLICK", 0.4),
                new StageSpec("convert", List.of(billing), "PURCHASE", 0.0)),
                "onboarding", 0.2);
    }

    public List<TouchpointSpec> touchpoints() {
        return stages.stream().flatMap(s -> s.touchpoints().stream()).distinct().toList();
    }

    public List<String> stageKeys() {
        return stages.stream().map(StageSpec::key).toList();
    }

    /** Touchpoint ids derive from the journey and the name, so a scenario is the same on every run. */
    private static TouchpointSpec spec(UUID journeyId, String name, String channel, String position) {
        UUID id = UUID.nameUUIDFromBytes((journeyId + "/" + name).getBytes(StandardCharsets.UTF_8));
        return new TouchpointSpec(id, name, channel, position);
    }
}
