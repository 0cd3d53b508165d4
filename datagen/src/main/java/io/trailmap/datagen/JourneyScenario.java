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

    /**
     * Traffic for the journey-service templates, with their stage keys: {@code retail-store} (queues
     * at the tills lose shoppers), {@code saas-trial} (most trials drop off in onboarding) and
     * {@code b2b} (a long committee evaluation). Null for other templates.
     */
    public static JourneyScenario forTemplate(String template, UUID journeyId) {
        return switch (template) {
            case "retail-store" -> retailStore(journeyId);
            case "saas-trial" -> saasTrialTemplate(journeyId);
            case "b2b" -> b2b(journeyId);
            default -> null;
        };
    }

    private static JourneyScenario retailStore(UUID id) {
        TouchpointSpec flyer = spec(id, "Weekly flyer", "PRINT_AD", "TOFU");
        TouchpointSpec social = spec(id, "Facebook ads", "SOCIAL_MEDIA", "TOFU");
        TouchpointSpec locator = spec(id, "Store locator", "WEBSITE", "TOFU");
        TouchpointSpec aisles = spec(id, "Store aisles", "IN_STORE", "MOFU");
        TouchpointSpec app = spec(id, "Shopping list app", "MOBILE_APP", "MOFU");
        TouchpointSpec staff = spec(id, "Floor staff", "IN_STORE", "BOFU");
        TouchpointSpec tills = spec(id, "Checkout tills", "CHECKOUT", "BOFU");
        TouchpointSpec receipt = spec(id, "E-receipt", "EMAIL", "POST_PURCHASE");
        TouchpointSpec loyalty = spec(id, "Loyalty card", "LOYALTY_PROGRAM", "POST_PURCHASE");
        return new JourneyScenario(id, List.of(
                new StageSpec("plan-visit", List.of(flyer, social, locator), "VIEW", 0.85),
                new StageSpec("arrive-browse", List.of(aisles, app), "VISIT", 0.8),
                new StageSpec("decide", List.of(staff, aisles), "ADD_TO_CART", 0.75),
                new StageSpec("checkout", List.of(tills), "PURCHASE", 0.7),
                new StageSpec("after-visit", List.of(receipt, loyalty), "VISIT", 0.0)),
                "checkout", 0.1);
    }

    private static JourneyScenario saasTrialTemplate(UUID id) {
        TouchpointSpec webinar = spec(id, "Product webinar", "WEBINAR", "TOFU");
        TouchpointSpec search = spec(id, "Search ads", "SEARCH_ENGINE", "TOFU");
        TouchpointSpec signup = spec(id, "Sign-up page", "WEBSITE", "MOFU");
        TouchpointSpec checklist = spec(id, "Onboarding checklist", "ONBOARDING", "MOFU");
        TouchpointSpec chat = spec(id, "Live chat", "LIVE_CHAT", "MOFU");
        TouchpointSpec demo = spec(id, "Team demo call", "CUSTOMER_SUCCESS", "BOFU");
        TouchpointSpec billing = spec(id, "Billing page", "CHECKOUT", "BOFU");
        TouchpointSpec tips = spec(id, "Tips e-mails", "EMAIL", "POST_PURCHASE");
        return new JourneyScenario(id, List.of(
                new StageSpec("discover", List.of(webinar, search), "VISIT", 0.8),
                new StageSpec("sign-up", List.of(signup), "SIGNUP", 0.85),
                new StageSpec("onboarding", List.of(checklist, chat), "CLICK", 0.45),
                new StageSpec("evaluate", List.of(demo, chat), "VIEW", 0.8),
                new StageSpec("convert", List.of(billing), "PURCHASE", 0.8),
                new StageSpec("expand", List.of(tips, demo), "VISIT", 0.0)),
                "onboarding", 0.2);
    }

    private static JourneyScenario b2b(UUID id) {
        TouchpointSpec fair = spec(id, "Trade fair", "EVENT", "TOFU");
        TouchpointSpec linkedIn = spec(id, "LinkedIn posts", "SOCIAL_MEDIA", "TOFU");
        TouchpointSpec site = spec(id, "Solution pages", "WEBSITE", "MOFU");
        TouchpointSpec g2 = spec(id, "Analyst reviews", "ONLINE_REVIEW", "MOFU");
        TouchpointSpec demo = spec(id, "Sales demo", "WEBINAR", "BOFU");
        TouchpointSpec call = spec(id, "Account executive calls", "PHONE", "BOFU");
        TouchpointSpec contract = spec(id, "Contract portal", "SELF_SERVICE", "BOFU");
        TouchpointSpec kickoff = spec(id, "Implementation kickoff", "ONBOARDING", "POST_PURCHASE");
        TouchpointSpec qbr = spec(id, "Quarterly business review", "CUSTOMER_SUCCESS", "POST_PURCHASE");
        TouchpointSpec conference = spec(id, "User conference", "EVENT", "POST_PURCHASE");
        return new JourneyScenario(id, List.of(
                new StageSpec("problem-recognition", List.of(fair, linkedIn), "VIEW", 0.8),
                new StageSpec("research", List.of(site, g2), "VIEW", 0.75),
                new StageSpec("evaluation", List.of(demo, call), "CLICK", 0.55),
                new StageSpec("procurement", List.of(contract, call), "PURCHASE", 0.9),
                new StageSpec("onboarding", List.of(kickoff), "VISIT", 0.9),
                new StageSpec("renewal", List.of(qbr), "VISIT", 0.6),
                new StageSpec("advocacy", List.of(conference, g2), "VISIT", 0.0)),
                "evaluation", 0.1);
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
