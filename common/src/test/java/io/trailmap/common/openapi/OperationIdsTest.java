package io.trailmap.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationIdsTest {

    @Test
    void aMethodNameOfOneOperationStaysAndSharedOnesTakeTheirResourcesSubject() {
        Operation createJourney = named("JourneyResource_create");
        Operation createPersona = named("PersonaResource_create");
        Operation publish = named("JourneyLifecycleResource_publish");
        Operation updateStage = named("JourneyStageResource_update");
        Operation updatePersona = named("PersonaResource_update");
        Operation explicit = named("ingestEvents");
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/journeys", OASFactory.createPathItem().POST(createJourney))
                .addPathItem("/personas", OASFactory.createPathItem().POST(createPersona))
                .addPathItem("/personas/{id}", OASFactory.createPathItem().PUT(updatePersona))
                .addPathItem("/journeys/{id}/publish", OASFactory.createPathItem().POST(publish))
                .addPathItem("/journeys/{id}/stages/{key}", OASFactory.createPathItem().PUT(updateStage))
                .addPathItem("/events", OASFactory.createPathItem().POST(explicit)));

        OperationIds.name(openAPI);

        assertThat(createJourney.getOperationId()).isEqualTo("createJourney");
        assertThat(createPersona.getOperationId()).isEqualTo("createPersona");
        assertThat(publish.getOperationId()).isEqualTo("publish");
        assertThat(updateStage.getOperationId()).isEqualTo("updateJourneyStage");
        assertThat(updatePersona.getOperationId()).isEqualTo("updatePersona");
        assertThat(explicit.getOperationId()).isEqualTo("ingestEvents");
    }

    @Test
    void aDocumentWithoutPathsIsLeftAlone() {
        OpenAPI empty = OASFactory.createOpenAPI();
        OperationIds.name(empty);
        assertThat(empty.getPaths()).isNull();
    }

    private static Operation named(String id) {
        return OASFactory.createOperation().operationId(id);
    }
}
