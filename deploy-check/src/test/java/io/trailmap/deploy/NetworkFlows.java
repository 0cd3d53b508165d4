package io.trailmap.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.List;
import java.util.Map;

/**
 * Whether the rendered NetworkPolicies admit a connection, by Kubernetes' rules for the parts we
 * use: a pod no Ingress policy selects accepts everything; a selected pod accepts a connection when
 * some rule of a selecting policy matches the peer (podSelector: pods of the policy's namespace;
 * namespaceSelector: any pod of matching namespaces) and the port (number or the container port's name).
 */
final class NetworkFlows {

    /** A pod: its namespace (with the label kubernetes.io/metadata.name) and its labels. */
    record Pod(String namespace, Map<String, String> labels) {
    }

    private final List<NetworkPolicy> policies;
    private final String namespace;

    NetworkFlows(List<HasMetadata> objects, String namespace) {
        this.policies = Manifests.ofKind(objects, NetworkPolicy.class);
        this.namespace = namespace;
    }

    boolean allows(Pod from, Pod to, int port, String portName) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress"))
                .filter(p -> to.namespace().equals(namespace) && matches(p.getSpec().getPodSelector(), to.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : selecting) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                if (rule.getFrom().stream().anyMatch(peer -> peerMatches(peer, from)) && portMatches(rule.getPorts(), port, portName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean peerMatches(NetworkPolicyPeer peer, Pod from) {
        if (peer.getNamespaceSelector() != null) {
            boolean namespaceOk = matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", from.namespace()));
            return namespaceOk && (peer.getPodSelector() == null || matches(peer.getPodSelector(), from.labels()));
        }
        return peer.getPodSelector() != null && from.namespace().equals(namespace) && matches(peer.getPodSelector(), from.labels());
    }

    private static boolean portMatches(List<NetworkPolicyPort> ports, int port, String portName) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            IntOrString value = p.getPort();
            if (value == null || (value.getIntVal() != null && value.getIntVal() == port)
                    || (value.getStrVal() != null && value.getStrVal().equals(portName))) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new UnsupportedOperationException("matchExpressions are not used in Trailmap's policies");
        }
        Map<String, String> required = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return required.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
