package io.trailmap.gateway.map;

import io.trailmap.gateway.insights.DetectedPainPoint;
import io.trailmap.gateway.insights.JourneyInsights;
import io.trailmap.gateway.insights.StageInsight;
import io.trailmap.gateway.model.Journey;
import io.trailmap.gateway.model.Stage;
import io.trailmap.gateway.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a journey map as SVG: one column per stage (name, phase), conversion between columns,
 * touchpoints under each stage, the emotion the map assumed (solid line) and the one measured from
 * feedback (dashed), and pain points (red badges: the map's own, and detected ones outlined).
 * All user text is XML-escaped. Layout is fixed per column, so 2–12 stages stay readable.
 */
public final class JourneyMapSvg {

    private static final int COLUMN = 190;
    private static final int MARGIN = 40;
    private static final int TOP = 90;
    private static final int CURVE_TOP = 260;
    private static final int CURVE_HEIGHT = 160;
    private static final int TOUCHPOINT_TOP = 470;
    private static final int MAX_TOUCHPOINTS = 6;

    private JourneyMapSvg() {
    }

    public static String render(Journey journey, JourneyInsights insights, Map<String, List<Touchpoint>> touchpointsByStage) {
        List<Stage> stages = journey.stages();
        int width = MARGIN * 2 + Math.max(2, stages.size()) * COLUMN;
        int height = TOUCHPOINT_TOP + MAX_TOUCHPOINTS * 26 + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">\n");
        svg.append("<title>").append(escape(journey.name())).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fbfbfd\"/>\n");
        text(svg, MARGIN, 40, 22, "#1d2433", "bold", journey.name());
        text(svg, MARGIN, 64, 13, "#5b6475", "normal", journey.mapType() + " · " + journey.segment() + " · version " + journey.version());
        legend(svg, width);

        List<double[]> assumed = new ArrayList<>();
        List<double[]> measured = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            StageInsight insight = insights == null || insights.stages().size() <= i ? null : insights.stages().get(i);
            int x = MARGIN + i * COLUMN;
            svg.append("<g class=\"stage\" data-key=\"").append(escape(stage.key())).append("\">\n");
            svg.append("<rect x=\"").append(x + 6).append("\" y=\"").append(TOP).append("\" width=\"").append(COLUMN - 12)
                    .append("\" height=\"").append(height - TOP - 20).append("\" rx=\"10\" fill=\"#ffffff\" stroke=\"#d8dce6\"/>\n");
            text(svg, x + 18, TOP + 28, 15, "#1d2433", "bold", clip(stage.name(), 22));
            text(svg, x + 18, TOP + 48, 11, "#7a8294", "normal", stage.phase().name());
            if (insight != null && insight.conversion() != null) {
                text(svg, x - 22, TOP + 90, 12, "#2f6fdb", "bold", "%.0f %%".formatted(insight.conversion() * 100));
                svg.append("<path d=\"M").append(x - 20).append(' ').append(TOP + 98).append(" l14 0 l-4 -4 m4 4 l-4 4\" stroke=\"#2f6fdb\" fill=\"none\"/>\n");
            }
            if (insight != null && insight.experienceScore() != null) {
                text(svg, x + 18, TOP + 70, 12, "#1d2433", "normal", "Experience " + Math.round(insight.experienceScore()) + "/100");
            }
            painPoints(svg, stage, insights, x);
            double cx = x + COLUMN / 2.0;
            if (stage.emotion() != null && stage.emotion().score() != null) {
                assumed.add(new double[]{cx, emotionY(stage.emotion().score())});
            }
            if (insight != null && insight.measuredEmotion() != null) {
                measured.add(new double[]{cx, emotionY(insight.measuredEmotion())});
            }
            List<Touchpoint> touchpoints = touchpointsByStage.getOrDefault(stage.key(), List.of());
            for (int t = 0; t < Math.min(MAX_TOUCHPOINTS, touchpoints.size()); t++) {
                Touchpoint tp = touchpoints.get(t);
                int y = TOUCHPOINT_TOP + t * 26;
                boolean painful = insights != null && insights.painPoints().stream().anyMatch(p -> tp.id().equals(p.touchpointId()));
                svg.append("<rect").append(painful ? " class=\"touchpoint-pain-point\"" : "").append(" x=\"").append(x + 14)
                        .append("\" y=\"").append(y - 15).append("\" width=\"").append(COLUMN - 28)
                        .append("\" height=\"21\" rx=\"10\" fill=\"#eef3fb\"")
                        .append(painful ? " stroke=\"#d93025\" stroke-width=\"2\"" : "").append("/>\n");
                text(svg, x + 22, y, 11, "#25406e", "normal", clip(tp.name(), 18) + " · " + channelLabel(tp.channel().name()));
            }
            if (touchpoints.size() > MAX_TOUCHPOINTS) {
                text(svg, x + 22, TOUCHPOINT_TOP + MAX_TOUCHPOINTS * 26, 11, "#7a8294", "normal",
                        "+" + (touchpoints.size() - MAX_TOUCHPOINTS) + " more");
            }
            svg.append("</g>\n");
        }
        svg.append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(emotionY(0)).append("\" x2=\"").append(width - MARGIN)
                .append("\" y2=\"").append(emotionY(0)).append("\" stroke=\"#c4c9d4\" stroke-dasharray=\"2 4\"/>\n");
        curve(svg, assumed, "#8a5cf6", null, "assumed-emotion");
        curve(svg, measured, "#e8702a", "6 5", "measured-emotion");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void painPoints(StringBuilder svg, Stage stage, JourneyInsights insights, int x) {
        int mapped = stage.painPoints() == null ? 0 : stage.painPoints().size();
        boolean detected = insights != null && insights.painPoints().stream()
                .anyMatch(p -> p.kind() == DetectedPainPoint.Kind.STAGE && p.stageKey().equals(stage.key()));
        if (mapped > 0) {
            svg.append("<circle class=\"pain-point\" cx=\"").append(x + COLUMN - 30).append("\" cy=\"").append(TOP + 26)
                    .append("\" r=\"11\" fill=\"#d93025\"/>\n");
            text(svg, x + COLUMN - 34, TOP + 30, 11, "#ffffff", "bold", String.valueOf(mapped));
        }
        if (detected) {
            svg.append("<circle class=\"detected-pain-point\" cx=\"").append(x + COLUMN - 30).append("\" cy=\"").append(TOP + 58)
                    .append("\" r=\"11\" fill=\"none\" stroke=\"#d93025\" stroke-width=\"2\"/>\n");
            text(svg, x + COLUMN - 33, TOP + 62, 12, "#d93025", "bold", "!");
        }
        List<String> aspects = insights == null ? List.of() : insights.painPoints().stream()
                .filter(p -> p.stageKey().equals(stage.key()) && p.themes() != null)
                .flatMap(p -> p.themes().stream()).distinct().limit(3).toList();
        if (!aspects.isEmpty()) {   // what the complaints behind the stage's pain points are about
            svg.append("<text class=\"pain-point-aspects\" x=\"").append(x + 18).append("\" y=\"").append(TOP + 104)
                    .append("\" font-size=\"10\" fill=\"#d93025\">").append(escape(clip(String.join(" · ", aspects), 30))).append("</text>\n");
        }
    }

    private static void curve(StringBuilder svg, List<double[]> points, String colour, String dash, String cssClass) {
        if (points.isEmpty()) {
            return;
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? "M" : " L").append(fmt(points.get(i)[0])).append(' ').append(fmt(points.get(i)[1]));
        }
        svg.append("<path class=\"").append(cssClass).append("\" d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"3\"").append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>\n");
        for (double[] p : points) {
            svg.append("<circle cx=\"").append(fmt(p[0])).append("\" cy=\"").append(fmt(p[1])).append("\" r=\"4\" fill=\"")
                    .append(colour).append("\"/>\n");
        }
    }

    private static void legend(StringBuilder svg, int width) {
        int x = width - 360;
        svg.append("<path d=\"M").append(x).append(" 36 l30 0\" stroke=\"#8a5cf6\" stroke-width=\"3\"/>\n");
        text(svg, x + 36, 40, 12, "#1d2433", "normal", "assumed emotion");
        svg.append("<path d=\"M").append(x + 150).append(" 36 l30 0\" stroke=\"#e8702a\" stroke-width=\"3\" stroke-dasharray=\"6 5\"/>\n");
        text(svg, x + 186, 40, 12, "#1d2433", "normal", "measured emotion");
    }

    private static double emotionY(double score) {
        double clamped = Math.max(-2, Math.min(2, score));
        return CURVE_TOP + CURVE_HEIGHT / 2.0 - clamped / 2 * (CURVE_HEIGHT / 2.0);
    }

    private static void text(StringBuilder svg, int x, int y, int size, String colour, String weight, String content) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" fill=\"").append(colour).append("\" font-weight=\"").append(weight).append("\">")
                .append(escape(content)).append("</text>\n");
    }

    private static String channelLabel(String channel) {
        return channel.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String clip(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
