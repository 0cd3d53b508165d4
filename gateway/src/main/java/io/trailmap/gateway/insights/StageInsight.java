package io.trailmap.gateway.insights;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A stage measured: conversion and drop-off beside feedback, an experience score 0–100, and the emotion the"
        + " map assumed beside the one measured from feedback (both −2 … +2)")
public record StageInsight(@NonNull String stageKey, Double conversion, Integer dropOff, Double dropOffRate, Double nps,
                           Double csat, Double sentiment, Integer responses, Double experienceScore,
                           Double assumedEmotion, Double measuredEmotion, List<String> topThemes) {
}
