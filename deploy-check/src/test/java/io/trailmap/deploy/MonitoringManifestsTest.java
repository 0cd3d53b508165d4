package io.trailmap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingestion alerts (components/prometheus-rules) and dashboard (components/grafana-dashboards) of
 * prod-with-monitoring: they render, parse, and every query in them selects only metrics
 * touchpoint-service publishes, so a misspelt name fails here instead of showing an empty panel or an
 * alert that can never fire.
 */
class MonitoringManifestsTest {

    /**
     * The Prometheus series of touchpoint-service that the alerts and dashboard may use (Micrometer's
     * Prometheus naming): the ingestion lag Timer (percentile histogram and the per-pod quantiles), the
     * pending-age, back-pressure and max-lag meters of asynchronous ingestion, the ingestion counter, the
     * funnel Timer (percentile histogram, FunnelAnalytics) and the Quarkus HTTP server Timer.
     */
    static final Set<String> TOUCHPOINT_METRICS = Set.of(
            "trailmap_ingest_lag_seconds", "trailmap_ingest_lag_seconds_bucket", "trailmap_ingest_lag_seconds_count",
            "trailmap_ingest_lag_seconds_sum",
            "trailmap_ingest_pending_age_seconds",
            "trailmap_ingest_backpressure_total",
            "trailmap_ingest_max_lag_seconds",
            "trailmap_interactions_ingested_total",
            "trailmap_funnel_query_seconds_bucket", "trailmap_funnel_query_seconds_count", "trailmap_funnel_query_seconds_sum",
            "http_server_requests_seconds_bucket", "http_server_requests_seconds_count", "http_server_requests_seconds_sum");

    private static final Path DASHBOARDS = Manifests.K8S.resolve("components/grafana-dashboards");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern RUNBOOK_SECTION = Pattern.compile("k8s/README\\.md, \"([^\"]+)\"");

    private static List<HasMetadata> prodWithMonitoring() throws Exception {
        return Manifests.render(Manifests.K8S.resolve("overlays/prod-with-monitoring"));
    }

    private static List<Rule> alerts() throws Exception {
        PrometheusRule rule = Manifests.named(prodWithMonitoring(), PrometheusRule.class, "trailmap-ingestion");
        assertThat(rule.getSpec().getGroups()).isNotEmpty();
        return rule.getSpec().getGroups().stream().flatMap(g -> g.getRules().stream()).toList();
    }

    @Test
    void aMisspeltMetricOrFunctionIsCaught() {
        PromQl query = PromQl.of("histogram_quantile(0.99, sum by (namespace, le) (rate(trailmap_ingest_lag_secnds_bucket{uri=~\"/a.*\"}[5m])))"
                + " > 0.5 * max by (namespace) (trailmap_ingest_max_lag_seconds) and on (namespace) rte(trailmap_ingest_backpressure_total[1m]) offset 5m");
        assertThat(query.metrics()).containsExactly("trailmap_ingest_lag_secnds_bucket", "trailmap_ingest_max_lag_seconds",
                "trailmap_ingest_backpressure_total");
        assertThat(query.problems(TOUCHPOINT_METRICS)).containsExactly("unknown metric trailmap_ingest_lag_secnds_bucket", "unknown function rte");
        assertThat(PromQl.of("sum(rate(x[5m])").problems(Set.of("x"))).containsExactly("unbalanced brackets");
        assertThat(PromQl.of("rate(x{namespace=\"$namespace\"}[$__rate_interval])").variables()).containsExactly("namespace", "__rate_interval");
        assertThat(PromQl.ofVariableQuery("label_values(trailmap_ingest_max_lag_seconds, namespace)").metrics())
                .containsExactly("trailmap_ingest_max_lag_seconds");
    }

    @Test
    void everyIngestionAlertQueriesOnlyPublishedMetricsAndSaysHowBadWhatAndWhatToDo() throws Exception {
        List<Rule> alerts = alerts();
        assertThat(alerts).isNotEmpty();
        assertThat(alerts).extracting(Rule::getAlert).doesNotHaveDuplicates();
        String readme = Files.readString(Manifests.K8S.resolve("README.md"));
        for (Rule alert : alerts) {
            String name = alert.getAlert();
            assertThat(name).as("every rule is an alert").isNotBlank();
            String expr = alert.getExpr().getStrVal();
            assertThat(expr).as(name).isNotBlank();
            assertThat(PromQl.of(expr).problems(TOUCHPOINT_METRICS)).as("%s: %s", name, expr).isEmpty();
            assertThat(alert.getFor()).as("%s waits before firing", name).matches("\\d+[smh]");
            assertThat(Duration.parse("PT" + alert.getFor().toUpperCase(Locale.ROOT))).as(name).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
            assertThat(alert.getLabels()).as(name).containsKey("severity");
            assertThat(alert.getLabels().get("severity")).as(name).isIn("warning", "critical");
            Map<String, String> annotations = alert.getAnnotations();
            for (String annotation : List.of("summary", "description", "runbook")) {
                assertThat(annotations.get(annotation)).as("%s %s", name, annotation).isNotBlank();
            }
            Matcher section = RUNBOOK_SECTION.matcher(annotations.get("runbook"));
            assertThat(section.find()).as("%s names a section of k8s/README.md", name).isTrue();
            assertThat(readme).as("%s's runbook section", name).containsPattern("(?m)^#+ " + Pattern.quote(section.group(1)) + "$");
        }
    }

    @Test
    void theLagAlertsMeasureAgainstTheConfiguredMaxLagAtTwoSeverities() throws Exception {
        List<Rule> alerts = alerts();
        Set<String> covered = new HashSet<>();
        for (Rule alert : alerts) {
            Set<String> metrics = PromQl.of(alert.getExpr().getStrVal()).metrics();
            String severity = alert.getLabels().get("severity");
            boolean measuresLag = metrics.contains("trailmap_ingest_lag_seconds_bucket") || metrics.contains("trailmap_ingest_pending_age_seconds");
            if (measuresLag) {
                assertThat(metrics).as("%s compares with the configured limit, not a number written in the rule", alert.getAlert())
                        .contains("trailmap_ingest_max_lag_seconds");
                assertThat(alert.getExpr().getStrVal()).as(alert.getAlert()).doesNotContainPattern("\\b10(\\.0*)?\\b");
            }
            metrics.forEach(m -> covered.add(m + "/" + severity));
        }
        assertThat(covered).contains(
                "trailmap_ingest_lag_seconds_bucket/warning", "trailmap_ingest_lag_seconds_bucket/critical",
                "trailmap_ingest_pending_age_seconds/warning", "trailmap_ingest_pending_age_seconds/critical",
                "trailmap_ingest_backpressure_total/warning");
        assertThat(alerts).filteredOn(a -> a.getExpr().getStrVal().contains("trailmap_ingest_backpressure_total"))
                .allSatisfy(a -> assertThat(a.getExpr().getStrVal()).containsPattern("rate\\(trailmap_ingest_backpressure_total\\[\\w+]\\)\\)\\s*>\\s*0\\s*$"));
    }

    @Test
    void theIngestionDashboardIsShippedAsAConfigMapTheGrafanaSidecarLoads() throws Exception {
        Assumptions.assumeTrue(Manifests.kubectlPresent(), "generators are applied only by kubectl kustomize");
        ConfigMap dashboards = Manifests.named(prodWithMonitoring(), ConfigMap.class, "trailmap-dashboards");
        assertThat(dashboards.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(dashboards.getMetadata().getNamespace()).isEqualTo("trailmap");
        for (Map.Entry<String, Path> file : dashboardFiles().entrySet()) {
            String json = dashboards.getData().get(file.getKey());
            assertThat(json).as("%s in the ConfigMap", file.getKey()).isEqualTo(Files.readString(file.getValue()));
            assertThat(JSON.readTree(json).path("uid").asText()).isNotBlank();
        }
    }

    @Test
    void theIngestionDashboardIsValidGrafanaJsonOnAPrometheusDatasourceVariable() throws Exception {
        JsonNode dashboard = ingestionDashboard();
        assertThat(dashboard.path("uid").asText()).isEqualTo("trailmap-ingestion");
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(dashboard.path("schemaVersion").isInt()).isTrue();
        assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        dashboard.path("templating").path("list").forEach(v -> variables.put(v.path("name").asText(), v));
        assertThat(variables).containsKey("datasource");
        assertThat(variables.get("datasource").path("type").asText()).isEqualTo("datasource");
        assertThat(variables.get("datasource").path("query").asText()).isEqualTo("prometheus");
        JsonNode panels = dashboard.path("panels");
        assertThat(panels.isArray() && !panels.isEmpty()).isTrue();
        List<int[]> placed = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertThat(title).isNotBlank();
            assertThat(ids.add(panel.path("id").asInt())).as("%s has an id of its own", title).isTrue();
            assertThat(panel.path("type").asText()).as(title).isNotBlank();
            assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
            JsonNode grid = panel.path("gridPos");
            int[] box = {grid.path("x").asInt(-1), grid.path("y").asInt(-1), grid.path("w").asInt(-1), grid.path("h").asInt(-1)};
            assertThat(Arrays.stream(box).min().orElseThrow()).as("%s gridPos x, y, w, h", title).isNotNegative();
            assertThat(box[2]).as(title).isPositive();
            assertThat(box[3]).as(title).isPositive();
            assertThat(box[0] + box[2]).as("%s fits the 24 columns", title).isLessThanOrEqualTo(24);
            for (int[] other : placed) {
                boolean apart = box[0] + box[2] <= other[0] || other[0] + other[2] <= box[0] || box[1] + box[3] <= other[1] || other[1] + other[3] <= box[1];
                assertThat(apart).as("%s overlaps another panel", title).isTrue();
            }
            placed.add(box);
            assertThat(panel.path("targets").isArray() && !panel.path("targets").isEmpty()).as("%s has targets", title).isTrue();
            Set<String> refIds = new HashSet<>();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("expr").asText()).as("%s target %s", title, target.path("refId").asText()).isNotBlank();
                assertThat(refIds.add(target.path("refId").asText())).as("%s: refIds differ", title).isTrue();
                assertThat(target.path("datasource").path("uid").asText("${datasource}")).as(title).isEqualTo("${datasource}");
            }
        }
    }

    @Test
    void everyDashboardQuerySelectsOnlyPublishedMetricsAndDefinedVariables() throws Exception {
        JsonNode dashboard = ingestionDashboard();
        Set<String> defined = new HashSet<>();
        List<PromQl> queries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            defined.add(variable.path("name").asText());
            if (variable.path("type").asText().equals("query")) {
                JsonNode query = variable.path("query");
                String text = query.isObject() ? query.path("query").asText() : query.asText();
                PromQl parsed = PromQl.ofVariableQuery(text);
                parsed.problems(TOUCHPOINT_METRICS).forEach(p -> problems.add("variable " + variable.path("name").asText() + ": " + p));
                queries.add(parsed);
            }
        }
        Set<String> selected = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                PromQl parsed = PromQl.of(expr);
                parsed.problems(TOUCHPOINT_METRICS).forEach(p -> problems.add(panel.path("title").asText() + ": " + p + " in " + expr));
                selected.addAll(parsed.metrics());
                queries.add(parsed);
            }
        }
        assertThat(problems).isEmpty();
        Set<String> used = queries.stream().flatMap(q -> q.variables().stream()).filter(v -> !v.startsWith("__")).collect(Collectors.toSet());
        assertThat(defined).as("variables the queries use").containsAll(used);
        assertThat(selected).as("ingestion rate, lag against max lag, pending age, back-pressure, analytics latency").contains(
                "trailmap_interactions_ingested_total", "trailmap_ingest_lag_seconds_bucket", "trailmap_ingest_max_lag_seconds",
                "trailmap_ingest_pending_age_seconds", "trailmap_ingest_backpressure_total", "http_server_requests_seconds_bucket",
                "trailmap_funnel_query_seconds_bucket");
    }

    private static JsonNode ingestionDashboard() throws Exception {
        Path file = dashboardFiles().get("trailmap-ingestion.json");
        assertThat(file).as("trailmap-ingestion.json generated by " + DASHBOARDS).isNotNull();
        return JSON.readTree(file.toFile());
    }

    /** The files the dashboards component's configMapGenerator ships, by their key ({@code key=path} or {@code path}). */
    private static Map<String, Path> dashboardFiles() throws Exception {
        JsonNode kustomization = YAML.readTree(DASHBOARDS.resolve("kustomization.yaml").toFile());
        Map<String, Path> files = new LinkedHashMap<>();
        kustomization.path("configMapGenerator").forEach(generator -> generator.path("files").forEach(entry -> {
            String[] keyAndPath = entry.asText().split("=", 2);
            Path path = DASHBOARDS.resolve(keyAndPath[keyAndPath.length - 1]);
            files.put(keyAndPath.length == 2 ? keyAndPath[0] : path.getFileName().toString(), path);
        }));
        assertThat(files).isNotEmpty();
        return files;
    }
}
