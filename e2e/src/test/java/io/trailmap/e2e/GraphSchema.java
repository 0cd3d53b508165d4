package io.trailmap.e2e;

import io.trailmap.demo.ServiceSuite;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gateway's schema as it serves it, and operation documents generated from it: a root field
 * with the arguments a caller supplies as variables, selecting every field below it (each object
 * type once per path), so one call exercises every nested resolver of that root field.
 */
final class GraphSchema {

    private final GraphQLSchema schema;

    private GraphSchema(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** The schema the running gateway serves. */
    static GraphSchema servedBy(ServiceSuite suite) {
        return parse(suite.client("gateway", "schema-reader", "viewer").get("/graphql/schema.graphql").expect(200).text());
    }

    static GraphSchema parse(String sdl) {
        // strict: the served SDL declares every scalar it uses, as graphql-js needs it to
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        return new GraphSchema(UnExecutableSchemaGenerator.makeUnExecutableSchema(registry));
    }

    /** "Query.journeys", "Mutation.createJourney", … */
    Set<String> rootFields() {
        Set<String> names = new TreeSet<>();
        schema.getQueryType().getFieldDefinitions().forEach(f -> names.add("Query." + f.getName()));
        schema.getMutationType().getFieldDefinitions().forEach(f -> names.add("Mutation." + f.getName()));
        return names;
    }

    /** "Type.field" of every field of every output object type but the roots. */
    Set<String> objectFields() {
        Set<String> names = new TreeSet<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__") && !isRoot(object)) {
                object.getFieldDefinitions().forEach(f -> names.add(object.getName() + "." + f.getName()));
            }
        }
        return names;
    }

    /**
     * The operation calling {@code rootField} ("Query.x" or "Mutation.y") with the given variables as
     * its arguments (typed from the schema) and selecting everything below; adds "Type.field" of each
     * field it selects to {@code selected}.
     */
    String operation(String rootField, Set<String> arguments, Set<String> selected) {
        String[] parts = rootField.split("\\.");
        GraphQLObjectType root = parts[0].equals("Query") ? schema.getQueryType() : schema.getMutationType();
        GraphQLFieldDefinition field = root.getFieldDefinition(parts[1]);
        if (field == null) {
            throw new IllegalArgumentException("no field " + rootField);
        }
        List<String> declarations = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (String name : arguments) {
            GraphQLArgument argument = field.getArgument(name);
            if (argument == null) {
                throw new IllegalArgumentException(rootField + " has no argument " + name);
            }
            declarations.add("$" + name + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
            passed.add(name + ": $" + name);
        }
        return parts[0].toLowerCase() + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")") + " { "
                + field.getName() + (passed.isEmpty() ? "" : "(" + String.join(", ", passed) + ")")
                + selection(field.getType(), new HashSet<>(), selected) + " }";
    }

    /** Every argument of a root field with its type, e.g. {"journeyId": "ID!"}. */
    Map<String, GraphQLType> arguments(String rootField) {
        String[] parts = rootField.split("\\.");
        GraphQLObjectType root = parts[0].equals("Query") ? schema.getQueryType() : schema.getMutationType();
        Map<String, GraphQLType> arguments = new java.util.LinkedHashMap<>();
        root.getFieldDefinition(parts[1]).getArguments().forEach(a -> arguments.put(a.getName(), a.getType()));
        return arguments;
    }

    GraphQLSchema schema() {
        return schema;
    }

    private String selection(GraphQLType type, Set<String> onPath, Set<String> selected) {
        if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object)) {
            return "";
        }
        Set<String> path = new LinkedHashSet<>(onPath);
        path.add(object.getName());
        List<String> fields = new ArrayList<>();
        for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
            GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
            if (unwrapped instanceof GraphQLObjectType nested && path.contains(nested.getName())) {
                continue;
            }
            selected.add(object.getName() + "." + field.getName());
            fields.add(field.getName() + selection(field.getType(), path, selected));
        }
        return " { " + String.join(" ", fields) + " }";
    }

    private boolean isRoot(GraphQLObjectType type) {
        return type == schema.getQueryType() || type == schema.getMutationType();
    }
}
