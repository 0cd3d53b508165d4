package io.trailmap.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The parameters every service names alike (DESIGN §3), typed as the services parse them: resources
 * take them as strings to answer a malformed one with a 400 that names it, so the document would
 * otherwise call them all strings. Paging {@code limit}, time ranges {@code from}/{@code to}, the
 * platform's UUID ids (a path's {@code id}, the journey, touchpoint and persona filters) and a
 * version number {@code n}; {@code minDataAsOf}.
 */
final class ConventionParameters {

    /** The query parameter of analytics answers that asks for data at least this fresh (DESIGN §5 "Freshness"). */
    static final String FRESHNESS = "minDataAsOf";
    private static final Set<String> UUID_QUERY = Set.of("journeyId", "touchpointId", "personaId", "against");

    private ConventionParameters() {
    }

    static void type(Parameter parameter) {
        String name = parameter.getName();
        Schema typed = switch (parameter.getIn()) {
            case QUERY -> switch (name) {
                case "limit" -> integer().description("Page or list size");
                case "from", "to" -> text("date-time").description("ISO-8601 instant; the range is [from, to)");
                case FRESHNESS -> text("date-time").description("Read-your-writes: an ISO-8601 instant, e.g. the `acknowledgedAt`"
                        + " of an ingestion; the answer waits until its `dataAsOf` is at or after it, else 503 with Retry-After");
                default -> UUID_QUERY.contains(name) ? text("uuid") : null;
            };
            case PATH -> switch (name) {
                case "id" -> text("uuid");
                case "n" -> integer();
                default -> null;
            };
            default -> null;
        };
        if (typed != null) {
            parameter.setSchema(typed);
        }
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE);
    }

    private static Schema text(String format) {
        return OASFactory.createSchema().addType(SchemaType.STRING).format(format);
    }
}
