package io.trailmap.gateway.insights;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A stage measured: conversion and drop-off beside feedback, an experience score 0–100, and the emotion the"
        + " map assumed beside the one measured from feedback (both −2 … +2)")
public record StageInsight(
        @NonNull @Description("The stage's key") String stageKey,
        @Description("Customers here / customers of the previous stage (0…1); null for the first stage") Double conversion,
        @Description("Customers of the previous stage who did not come here") Integer dropOff,
        @Description("dropOff / customers of the previous stage (0…1)") Double dropOffRate,
        @Description("NPS of the stage's feedback, −100…100") Double nps,
        @Description("CSAT of the stage's feedback, % of 4–5") Double csat,
        @Description("Mean sentiment of the stage's comments, −1…1") Double sentiment,
        @Description("Responses about the stage") Integer responses,
        @Description("0–100: conversion against the journey's average combined with the feedback scores (README)") Double experienceScore,
        @Description("The emotion the map's authors assumed, −2 … +2") Double assumedEmotion,
        @Description("The emotion measured from feedback, −2 … +2") Double measuredEmotion,
        @Description("The aspects most complained about at the stage (labels, e.g. Delivery): up to 3, most complaints first") List<String> topThemes) {
}
