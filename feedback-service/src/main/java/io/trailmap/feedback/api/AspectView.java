package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "An aspect of the experience a comment talks about, with the sentiment of the words around it")
public record AspectView(
        @Schema(examples = "DELIVERY", description = "A built-in aspect (DELIVERY, PRICE_FEES, STAFF, WAITING, CHECKOUT_PAYMENT, "
                + "APP_WEBSITE, SUPPORT, PRODUCT_QUALITY, RETURNS_REFUNDS, ONBOARDING, BILLING, OTHER) or a key of the tenant's themes")
        String key,
        @Schema(examples = "Delivery") String label,
        @Schema(description = "Sentiment of the clauses that name the aspect (the comment's when they only state facts)")
        SentimentView sentiment,
        @Schema(description = "The comment's words that named it (none for OTHER)") List<String> terms) {
}
