package io.trailmap.gateway.graph;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The changes from one SDL to the next that break a client written against the first: a type, field, argument,
 * input field or enum value removed; an output field's type changed other than made non-null; an argument's or input
 * field's type changed other than made nullable; a new non-null argument or input field without a default. Each is
 * one line such as {@code Stage.painPoints: type [PainPoint!]! → [PainPoint]}, so that a file can list the intended ones.
 */
final class SchemaChanges {

    private SchemaChanges() {
    }

    static List<String> breaking(String before, String after) {
        TypeDefinitionRegistry old = new SchemaParser().parse(before);
        TypeDefinitionRegistry now = new SchemaParser().parse(after);
        List<String> changes = new ArrayList<>();
        for (TypeDefinition<?> type : old.types().values()) {
            Optional<TypeDefinition> same = now.getType(type.getName());
            if (same.isEmpty()) {
                changes.add(type.getName() + ": type removed");
            } else if (!same.get().getClass().equals(type.getClass())) {
                changes.add(type.getName() + ": kind changed");
            } else if (type instanceof ObjectTypeDefinition o) {
                outputFields(o.getName(), o.getFieldDefinitions(), ((ObjectTypeDefinition) same.get()).getFieldDefinitions(), changes);
            } else if (type instanceof InterfaceTypeDefinition i) {
                outputFields(i.getName(), i.getFieldDefinitions(), ((InterfaceTypeDefinition) same.get()).getFieldDefinitions(), changes);
            } else if (type instanceof InputObjectTypeDefinition i) {
                inputs(i.getName(), i.getInputValueDefinitions(), ((InputObjectTypeDefinition) same.get()).getInputValueDefinitions(), changes);
            } else if (type instanceof EnumTypeDefinition e) {
                List<String> values = ((EnumTypeDefinition) same.get()).getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
                e.getEnumValueDefinitions().stream().filter(v -> !values.contains(v.getName()))
                        .forEach(v -> changes.add(e.getName() + "." + v.getName() + ": enum value removed"));
            }
        }
        return changes;
    }

    private static void outputFields(String type, List<FieldDefinition> before, List<FieldDefinition> after, List<String> changes) {
        Map<String, FieldDefinition> now = byName(after, FieldDefinition::getName);
        for (FieldDefinition field : before) {
            String path = type + "." + field.getName();
            FieldDefinition same = now.get(field.getName());
            if (same == null) {
                changes.add(path + ": field removed");
                continue;
            }
            // an answer may only get surer: T → T! is safe for a client, anything else is not
            if (!sameType(field.getType(), same.getType()) && !sameType(nonNull(field.getType()), same.getType())) {
                changes.add(path + ": type " + print(field.getType()) + " → " + print(same.getType()));
            }
            inputs(path, field.getInputValueDefinitions(), same.getInputValueDefinitions(), changes);
        }
    }

    /** Arguments of a field, or fields of an input type: what a client sends. */
    private static void inputs(String owner, List<InputValueDefinition> before, List<InputValueDefinition> after, List<String> changes) {
        Map<String, InputValueDefinition> was = byName(before, InputValueDefinition::getName);
        Map<String, InputValueDefinition> now = byName(after, InputValueDefinition::getName);
        for (InputValueDefinition input : before) {
            String path = owner + "(" + input.getName() + ")";
            InputValueDefinition same = now.get(input.getName());
            if (same == null) {
                changes.add(path + ": removed");
            } else if (!sameType(input.getType(), same.getType()) && !sameType(input.getType(), nonNull(same.getType()))) {
                // what a client sends may only be accepted more widely: T! → T is safe, anything else is not
                changes.add(path + ": type " + print(input.getType()) + " → " + print(same.getType()));
            }
        }
        for (InputValueDefinition added : after) {
            if (!was.containsKey(added.getName()) && added.getType() instanceof NonNullType && added.getDefaultValue() == null) {
                changes.add(owner + "(" + added.getName() + "): new and required");
            }
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity()));
    }

    private static Type<?> nonNull(Type<?> type) {
        return type instanceof NonNullType ? type : NonNullType.newNonNullType(type).build();
    }

    private static boolean sameType(Type<?> a, Type<?> b) {
        return print(a).equals(print(b));
    }

    private static String print(Type<?> type) {
        return AstPrinter.printAst(type);
    }
}
