package io.trailmap.common.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Unique operationIds that read well in generated clients. Quarkus names each operation {@code Class_method}
 * ({@code quarkus.smallrye-openapi.operation-id-strategy=class-method}); this keeps the method's name where no other
 * operation has it ({@code publish}) and adds the resource's subject where several have it ({@code create} of
 * {@code JourneyResource} → {@code createJourney}). An operation named explicitly is left as it is.
 */
final class OperationIds {

    private OperationIds() {
    }

    static void name(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Operation> generated = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operation.getOperationId() != null && operation.getOperationId().contains("_")).toList();
        Map<String, Long> sameMethod = generated.stream().collect(Collectors.groupingBy(OperationIds::method, Collectors.counting()));
        for (Operation operation : generated) {
            String method = method(operation);
            operation.setOperationId(sameMethod.get(method) == 1 ? method : method + subject(operation));
        }
    }

    private static String method(Operation operation) {
        return operation.getOperationId().substring(operation.getOperationId().lastIndexOf('_') + 1);
    }

    /** {@code JourneyStageResource_update} → {@code JourneyStage}. */
    private static String subject(Operation operation) {
        String type = operation.getOperationId().substring(0, operation.getOperationId().lastIndexOf('_'));
        return type.endsWith("Resource") ? type.substring(0, type.length() - "Resource".length()) : type;
    }
}
