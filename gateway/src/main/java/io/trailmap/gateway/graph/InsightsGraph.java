package io.trailmap.gateway.graph;

import io.trailmap.gateway.error.PartiallyUnavailable;
import io.trailmap.gateway.insights.InsightsService;
import io.trailmap.gateway.insights.JourneyInsights;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** journeyInsights: what happens at each stage beside what customers say about it. */
@GraphQLApi
public class InsightsGraph {

    private final InsightsService insights;

    public InsightsGraph(InsightsService insights) {
        this.insights = insights;
    }

    @Query
    @Description("Per stage: conversion and drop-off, NPS/CSAT/sentiment, experience score, assumed vs measured emotion;"
            + " and the stages and touchpoints where drop-off and negative feedback meet. Null when the journey does not exist.")
    public JourneyInsights journeyInsights(@NonNull @Id String journeyId) throws PartiallyUnavailable {
        InsightsService.Measured measured = insights.measure(journeyId);
        if (measured == null) {
            return null;
        }
        JourneyInsights result = measured.insights();
        if (!result.unavailable().isEmpty()) {
            throw new PartiallyUnavailable(String.join(", ", result.unavailable()) + " unavailable: their numbers are null", result);
        }
        return result;
    }
}
