package io.trailmap.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * k8s/ checked offline: every overlay renders (kubectl kustomize, or the kubectl-free reading of the
 * same files), parses into fabric8's models without unknown fields, and agrees with the services'
 * configuration and with itself: ports, probes, variables, Secrets and ConfigMaps, selectors, and
 * the network flows the NetworkPolicies allow.
 */
class KubernetesManifestsTest {

    /** Secrets the platform provides in prod (listed in k8s/overlays/prod/kustomization.yaml). */
    private static final Set<String> PLATFORM_SECRETS = Set.of("trailmap-jwt", "journey-db", "touchpoint-db", "feedback-mongo", "trailmap-tls");

    private static List<HasMetadata> render(String overlay) throws Exception {
        return Manifests.render(Manifests.K8S.resolve("overlays").resolve(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-with-monitoring"})
    void everyObjectIsAKnownModelWithoutUnknownFields(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        assertThat(objects).isNotEmpty();
        List<String> unknown = new ArrayList<>();
        objects.forEach(o -> unknown.addAll(UnknownFields.of(o)));
        assertThat(unknown).isEmpty();
    }

    @Test
    void aMisspeltFieldIsCaught() {
        List<HasMetadata> objects = Manifests.parse("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: x
                spec:
                  selectr:
                    app: x
                """);
        assertThat(UnknownFields.of(objects.getFirst())).containsExactly("Service/x.spec.selectr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void portsProbesAndVariablesMatchEachServicesConfiguration(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Deployment deployment = Manifests.named(objects, Deployment.class, service);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(container.getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getContainerPort()).as(service).isEqualTo(config.httpPort());
                assertThat(port.getName()).isEqualTo("http");
            });
            assertThat(env(container, "QUARKUS_HTTP_PORT")).contains(String.valueOf(config.httpPort()));
            assertProbe(container.getStartupProbe(), "/q/health/started");
            assertProbe(container.getLivenessProbe(), "/q/health/live");
            assertProbe(container.getReadinessProbe(), "/q/health/ready");
            for (EnvVar variable : container.getEnv()) {
                assertThat(config.reads(variable.getName())).as("%s reads %s", service, variable.getName()).isTrue();
            }
            Service svc = Manifests.named(objects, Service.class, service);
            assertThat(svc.getSpec().getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getPort()).isEqualTo(config.httpPort());
                assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
            });
        }
    }

    @Test
    void theGatewayFindsTheServicesWhereTheyListen() throws Exception {
        ConfigMap config = Manifests.named(render("prod"), ConfigMap.class, "trailmap-config");
        for (String service : List.of("journey-service", "touchpoint-service", "feedback-service")) {
            String variable = "QUARKUS_REST_CLIENT_" + ServiceConfig.environmentName(service) + "_URL";
            assertThat(config.getData().get(variable)).isEqualTo("http://" + service + ":" + ServiceConfig.of(service).httpPort());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsAreHardenedSizedAndGivenTimeToFinish(String overlay) throws Exception {
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            PodSpec pod = Manifests.named(render(overlay), Deployment.class, service).getSpec().getTemplate().getSpec();
            long shutdown = config.shutdownDelay().plus(config.shutdownTimeout()).toSeconds();
            assertThat(pod.getTerminationGracePeriodSeconds()).as(service).isGreaterThan(shutdown);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            Container container = pod.getContainers().getFirst();
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals("tmp")).findFirst().orElseThrow();
            assertThat(tmp.getEmptyDir()).isNotNull();
            assertThat(container.getVolumeMounts()).anySatisfy(m -> {
                assertThat(m.getName()).isEqualTo("tmp");
                assertThat(m.getMountPath()).isEqualTo("/tmp");
            });
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
            assertThat(container.getImage()).isEqualTo("ghcr.io/trailmap/" + service + ":0.1.0");
        }
    }

    @Test
    void everyReferencedSecretAndConfigMapExistsWithItsKeysInDev() throws Exception {
        Assumptions.assumeTrue(Manifests.kubectlPresent(), "generators are applied only by kubectl kustomize");
        List<HasMetadata> objects = render("dev");
        for (Reference ref : references(objects)) {
            if (ref.secret()) {
                Secret secret = Manifests.named(objects, Secret.class, ref.name());
                assertThat(secret.getData()).as(ref.toString()).containsKey(ref.key());
            } else {
                ConfigMap map = Manifests.named(objects, ConfigMap.class, ref.name());
                assertThat(map.getData()).as(ref.toString()).containsKey(ref.key());
            }
        }
        assertThat(references(objects)).extracting(Reference::name).contains("trailmap-jwt", "journey-db", "feedback-mongo");
    }

    @Test
    void prodReferencesOnlyItsConfigMapAndTheDocumentedPlatformSecrets() throws Exception {
        List<HasMetadata> objects = render("prod");
        Set<String> secrets = new HashSet<>();
        for (Reference ref : references(objects)) {
            if (ref.secret()) {
                secrets.add(ref.name());
            } else {
                assertThat(Manifests.named(objects, ConfigMap.class, ref.name()).getData()).containsKey(ref.key());
            }
        }
        Manifests.ofKind(objects, Ingress.class).forEach(i -> i.getSpec().getTls().forEach(t -> secrets.add(t.getSecretName())));
        assertThat(secrets).isEqualTo(PLATFORM_SECRETS);
        assertThat(Manifests.ofKind(objects, Secret.class)).as("no secret values in prod").isEmpty();
        String documented = Files.readString(Manifests.K8S.resolve("overlays/prod/kustomization.yaml"));
        PLATFORM_SECRETS.forEach(name -> assertThat(documented).contains("#   " + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod-with-monitoring"})
    void selectorsMatchTheLabelsOfWhatTheyMeanAndNothingElse(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        List<Deployment> deployments = Manifests.ofKind(objects, Deployment.class);
        for (Deployment d : deployments) {
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
            assertThat(podLabels).containsKeys("app.kubernetes.io/name", "app.kubernetes.io/part-of", "app.kubernetes.io/component");
        }
        for (Service service : Manifests.ofKind(objects, Service.class)) {
            List<String> selected = podsSelectedBy(objects, service.getSpec().getSelector());
            assertThat(selected).as("pods of Service %s", service.getMetadata().getName()).containsExactly(service.getMetadata().getName());
        }
        for (PodDisruptionBudget pdb : Manifests.ofKind(objects, PodDisruptionBudget.class)) {
            assertThat(podsSelectedBy(objects, pdb.getSpec().getSelector().getMatchLabels())).containsExactly(pdb.getMetadata().getName());
        }
        for (HorizontalPodAutoscaler hpa : Manifests.ofKind(objects, HorizontalPodAutoscaler.class)) {
            Manifests.named(objects, Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        }
        for (Ingress ingress : Manifests.ofKind(objects, Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                Service backend = Manifests.named(objects, Service.class, path.getBackend().getService().getName());
                assertThat(backend.getSpec().getPorts()).extracting(p -> p.getName()).contains(path.getBackend().getService().getPort().getName());
            }));
        }
        for (ServiceMonitor monitor : Manifests.ofKind(objects, ServiceMonitor.class)) {
            Map<String, String> selector = monitor.getSpec().getSelector().getMatchLabels();
            List<String> scraped = Manifests.ofKind(objects, Service.class).stream()
                    .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .map(s -> s.getMetadata().getName()).sorted().toList();
            assertThat(scraped).containsExactlyElementsOf(ServiceConfig.SERVICES.stream().sorted().toList());
            assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(e -> {
                assertThat(e.getPort()).isEqualTo("http");
                assertThat(e.getPath()).isEqualTo("/q/metrics");
            });
        }
    }

    /**
     * In prod each Deployment has one HorizontalPodAutoscaler on CPU with at least 2 replicas (touchpoint-service
     * included: its replicas share the rollup work through the database, k8s/README.md "Scaling"), and a
     * PodDisruptionBudget that still lets a drain evict a pod when the service is at its minimum.
     */
    @ParameterizedTest
    @ValueSource(strings = {"prod", "prod-with-monitoring"})
    void prodAutoscalesEveryServiceOnCpuFromTwoReplicasWithADisruptionBudget(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        List<Deployment> deployments = Manifests.ofKind(objects, Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(ServiceConfig.SERVICES);
        assertThat(Manifests.ofKind(objects, HorizontalPodAutoscaler.class)).hasSameSizeAs(deployments);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            List<HorizontalPodAutoscaler> hpas = Manifests.ofKind(objects, HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).toList();
            assertThat(hpas).as("HPAs of %s", name).singleElement().satisfies(hpa -> {
                assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
                assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
                assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
                assertThat(hpa.getSpec().getMinReplicas()).as(name).isGreaterThanOrEqualTo(2);
                assertThat(hpa.getSpec().getMaxReplicas()).as(name).isGreaterThan(hpa.getSpec().getMinReplicas());
                assertThat(hpa.getSpec().getMetrics()).as(name).anySatisfy(metric -> {
                    assertThat(metric.getType()).isEqualTo("Resource");
                    assertThat(metric.getResource().getName()).isEqualTo("cpu");
                    assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
                    assertThat(metric.getResource().getTarget().getAverageUtilization()).isBetween(1, 100);
                });
            });
            int minReplicas = hpas.getFirst().getSpec().getMinReplicas();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = Manifests.ofKind(objects, PodDisruptionBudget.class).stream()
                    .filter(p -> podLabels.entrySet().containsAll(p.getSpec().getSelector().getMatchLabels().entrySet())).toList();
            assertThat(budgets).as("PDBs of %s", name).singleElement().satisfies(pdb -> {
                if (pdb.getSpec().getMaxUnavailable() != null) {
                    assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).as(name).isEqualTo(1);
                } else {
                    assertThat(pdb.getSpec().getMinAvailable().getIntVal()).as("%s: a drain can evict at %d replicas", name, minReplicas)
                            .isBetween(1, minReplicas - 1);
                }
            });
        }
    }

    /**
     * The HPA owns the replica count: with spec.replicas in the manifests every {@code kubectl apply} would set
     * a service scaled out under load back to that number.
     */
    @ParameterizedTest
    @ValueSource(strings = {"prod", "prod-with-monitoring"})
    void prodLeavesTheReplicaCountToTheAutoscalers(String overlay) throws Exception {
        Assumptions.assumeTrue(Manifests.kubectlPresent(), "prod's patches are applied only by kubectl kustomize");
        assertThat(Manifests.ofKind(render(overlay), Deployment.class)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas()).as(d.getMetadata().getName()).isNull());
        assertThat(Manifests.ofKind(render("dev"), Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
    }

    /** Every object lands in its overlay's namespace; a ServiceMonitor elsewhere would select none of the Services. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-with-monitoring"})
    void everyObjectLandsInTheOverlaysNamespace(String overlay) throws Exception {
        Assumptions.assumeTrue(Manifests.kubectlPresent(), "the namespace is set only by kubectl kustomize");
        String namespace = overlay.equals("dev") ? "trailmap-dev" : "trailmap";
        assertThat(render(overlay)).filteredOn(o -> !o.getKind().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).as(o.getKind() + "/" + o.getMetadata().getName()).isEqualTo(namespace));
    }

    @Test
    void prodNetworkPoliciesAllowExactlyTheIntendedFlows() throws Exception {
        List<HasMetadata> objects = render("prod");
        NetworkFlows flows = new NetworkFlows(objects, "trailmap");
        NetworkFlows.Pod ingress = new NetworkFlows.Pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        NetworkFlows.Pod prometheus = new NetworkFlows.Pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
        NetworkFlows.Pod stranger = new NetworkFlows.Pod("trailmap", Map.of("app.kubernetes.io/name", "debug-shell"));
        NetworkFlows.Pod elsewhere = new NetworkFlows.Pod("default", Map.of("app.kubernetes.io/name", "gateway"));
        Map<String, Set<String>> allowedFrom = Map.of(
                "gateway", Set.of("ingress", "prometheus"),
                "journey-service", Set.of("gateway", "prometheus"),
                "touchpoint-service", Set.of("ingress", "gateway", "prometheus"),
                "feedback-service", Set.of("ingress", "gateway", "prometheus"));
        for (String target : ServiceConfig.SERVICES) {
            NetworkFlows.Pod to = pod(objects, target);
            int port = ServiceConfig.of(target).httpPort();
            Map<String, NetworkFlows.Pod> sources = new java.util.LinkedHashMap<>();
            sources.put("ingress", ingress);
            sources.put("prometheus", prometheus);
            sources.put("stranger", stranger);
            sources.put("elsewhere", elsewhere);
            for (String service : ServiceConfig.SERVICES) {
                sources.put(service, pod(objects, service));
            }
            sources.forEach((name, from) -> assertThat(flows.allows(from, to, port, "http"))
                    .as("%s → %s:%d", name, target, port).isEqualTo(allowedFrom.get(target).contains(name)));
            assertThat(flows.allows(ingress, to, 5432, "postgres")).as("other ports of %s", target).isFalse();
        }
    }

    @Test
    void devDatabasesAcceptOnlyTheirService() throws Exception {
        List<HasMetadata> objects = render("dev");
        NetworkFlows flows = new NetworkFlows(objects, "trailmap-dev");
        Map<String, String> owner = Map.of("journey-db", "journey-service", "touchpoint-db", "touchpoint-service", "feedback-mongo", "feedback-service");
        for (StatefulSet database : Manifests.ofKind(objects, StatefulSet.class)) {
            String name = database.getMetadata().getName();
            NetworkFlows.Pod to = new NetworkFlows.Pod("trailmap-dev", database.getSpec().getTemplate().getMetadata().getLabels());
            int port = database.getSpec().getTemplate().getSpec().getContainers().getFirst().getPorts().getFirst().getContainerPort();
            for (String service : ServiceConfig.SERVICES) {
                assertThat(flows.allows(pod(objects, service), to, port, null)).as("%s → %s", service, name)
                        .isEqualTo(owner.get(name).equals(service));
            }
            assertThat(database.getSpec().getVolumeClaimTemplates()).isNotEmpty();
        }
        assertThat(Manifests.ofKind(objects, NetworkPolicy.class)).hasSize(3);
    }

    @Test
    void theKubectlFreeReadingFindsTheSameObjects() throws Exception {
        Path prod = Manifests.K8S.resolve("overlays/prod");
        List<String> files = names(Manifests.parse(KustomizationFiles.concatenate(prod)));
        assertThat(files).contains("Deployment/gateway", "Ingress/trailmap", "NetworkPolicy/default-deny-ingress", "ConfigMap/trailmap-config");
        assertThat(KustomizationFiles.generatedNames(Manifests.K8S.resolve("overlays/dev")))
                .containsExactlyInAnyOrder("trailmap-jwt", "journey-db", "touchpoint-db", "feedback-mongo");
        Assumptions.assumeTrue(Manifests.kubectlPresent());
        assertThat(names(Manifests.parse(Manifests.kubectlKustomize(prod)))).containsExactlyInAnyOrderElementsOf(files);
    }

    /**
     * The heap ceiling (JAVA_MAX_MEM_RATIO % of the memory limit) plus what the JVM needs beside its heap must fit
     * the limit, or a busy pod is OOM-killed: the gateway peaked at 547 MiB of RSS with 70 % of 512 Mi as its heap
     * (BENCHMARKS.md §5; native-memory tracking: metaspace ≈ 80 MiB, code ≈ 31 MiB, plus threads, GC and buffers).
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theHeapCeilingLeavesRoomForTheJvmsOtherMemory(String overlay) throws Exception {
        long nonHeapMiB = 180;
        for (String service : ServiceConfig.SERVICES) {
            Container container = Manifests.named(render(overlay), Deployment.class, service).getSpec().getTemplate().getSpec()
                    .getContainers().getFirst();
            long limitMiB = io.fabric8.kubernetes.api.model.Quantity.getAmountInBytes(container.getResources().getLimits().get("memory"))
                    .longValue() >> 20;
            int ratio = Integer.parseInt(container.getEnv().stream().filter(e -> e.getName().equals("JAVA_MAX_MEM_RATIO"))
                    .findFirst().orElseThrow().getValue());
            assertThat(limitMiB * ratio / 100 + nonHeapMiB).as("%s: heap ceiling + non-heap, MiB, of a %d MiB limit", service, limitMiB)
                    .isLessThanOrEqualTo(limitMiB);
        }
    }

    @Test
    void dockerfilesBuildTheFastJarAsANonRootUserOnAJdk21Runtime() throws Exception {
        for (String service : ServiceConfig.SERVICES) {
            String dockerfile = Files.readString(Manifests.ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).containsPattern("(?m)^FROM \\S*openjdk-21-runtime:\\S+$")
                    .containsPattern("(?m)^USER 185$")
                    .containsPattern("(?m)^EXPOSE " + ServiceConfig.of(service).httpPort() + "$")
                    .contains("target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
        }
        String buildImages = Files.readString(Manifests.ROOT.resolve("bin/build-images"));
        assertThat(buildImages).contains("k8s/base/kustomization.yaml").contains("Dockerfile.jvm");
    }

    private record Reference(boolean secret, String name, String key) {
    }

    private static List<Reference> references(List<HasMetadata> objects) {
        List<Reference> refs = new ArrayList<>();
        List<PodSpec> pods = Stream.concat(
                Manifests.ofKind(objects, Deployment.class).stream().map(d -> d.getSpec().getTemplate().getSpec()),
                Manifests.ofKind(objects, StatefulSet.class).stream().map(s -> s.getSpec().getTemplate().getSpec())).toList();
        for (PodSpec pod : pods) {
            for (Container container : pod.getContainers()) {
                for (EnvVar env : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        refs.add(new Reference(true, env.getValueFrom().getSecretKeyRef().getName(), env.getValueFrom().getSecretKeyRef().getKey()));
                    }
                    if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                        refs.add(new Reference(false, env.getValueFrom().getConfigMapKeyRef().getName(), env.getValueFrom().getConfigMapKeyRef().getKey()));
                    }
                }
            }
            for (Volume volume : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
                if (volume.getSecret() != null) {
                    volume.getSecret().getItems().forEach(item -> refs.add(new Reference(true, volume.getSecret().getSecretName(), item.getKey())));
                }
            }
        }
        return refs;
    }

    private static NetworkFlows.Pod pod(List<HasMetadata> objects, String deployment) {
        Deployment d = Manifests.named(objects, Deployment.class, deployment);
        return new NetworkFlows.Pod(d.getMetadata().getNamespace(), d.getSpec().getTemplate().getMetadata().getLabels());
    }

    private static List<String> podsSelectedBy(List<HasMetadata> objects, Map<String, String> selector) {
        List<String> selected = new ArrayList<>();
        for (Deployment d : Manifests.ofKind(objects, Deployment.class)) {
            if (d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet())) {
                selected.add(d.getMetadata().getName());
            }
        }
        for (StatefulSet s : Manifests.ofKind(objects, StatefulSet.class)) {
            if (s.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet())) {
                selected.add(s.getMetadata().getName());
            }
        }
        return selected;
    }

    private static Optional<String> env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst();
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    private static List<String> names(List<HasMetadata> objects) {
        return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
    }
}
