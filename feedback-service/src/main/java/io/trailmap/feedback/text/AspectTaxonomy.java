package io.trailmap.feedback.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aspects comments are read for: the built-in customer-experience taxonomy (DESIGN §6, terms in
 * {@code aspects/<language>.tsv}), optionally extended by a tenant's own themes. A tenant theme with a
 * built-in key adds its terms to that aspect (and may relabel it); any other key is a new aspect.
 * {@code OTHER} has no terms: it is what a comment about the experience is when nothing else is named.
 */
public final class AspectTaxonomy {

    public static final String OTHER = "OTHER";

    /** The built-in aspects in the order DESIGN §6 lists them, with their labels. */
    public static final Map<String, String> BUILT_IN_LABELS = builtInLabels();

    private static final AspectTaxonomy BUILT_IN = new AspectTaxonomy(loadBuiltIn());

    private final List<AspectDefinition> aspects;

    private AspectTaxonomy(List<AspectDefinition> aspects) {
        this.aspects = List.copyOf(aspects);
    }

    public static AspectTaxonomy builtIn() {
        return BUILT_IN;
    }

    public List<AspectDefinition> aspects() {
        return aspects;
    }

    public boolean isBuiltIn(String key) {
        return BUILT_IN_LABELS.containsKey(key);
    }

    /** This taxonomy with {@code themes} added (see the class comment); {@code themes} come validated. */
    public AspectTaxonomy with(List<AspectDefinition> themes) {
        if (themes.isEmpty()) {
            return this;
        }
        Map<String, AspectDefinition> byKey = new LinkedHashMap<>();
        aspects.forEach(a -> byKey.put(a.key(), a));
        for (AspectDefinition theme : themes) {
            byKey.merge(theme.key(), theme, (builtIn, added) -> new AspectDefinition(builtIn.key(),
                    added.label() == null ? builtIn.label() : added.label(), mergedTerms(builtIn, added)));
        }
        return new AspectTaxonomy(new ArrayList<>(byKey.values()));
    }

    public String label(String key) {
        return aspects.stream().filter(a -> a.key().equals(key)).map(AspectDefinition::label).findFirst().orElse(key);
    }

    private static Map<String, List<String>> mergedTerms(AspectDefinition a, AspectDefinition b) {
        Map<String, List<String>> terms = new HashMap<>();
        for (String language : Stemming.LANGUAGES) {
            List<String> both = new ArrayList<>(a.terms(language));
            b.terms(language).stream().filter(t -> !both.contains(t)).forEach(both::add);
            terms.put(language, both);
        }
        return terms;
    }

    private static Map<String, String> builtInLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("DELIVERY", "Delivery");
        labels.put("PRICE_FEES", "Price and fees");
        labels.put("STAFF", "Staff");
        labels.put("WAITING", "Waiting");
        labels.put("CHECKOUT_PAYMENT", "Checkout and payment");
        labels.put("APP_WEBSITE", "App and website");
        labels.put("SUPPORT", "Customer support");
        labels.put("PRODUCT_QUALITY", "Product quality");
        labels.put("RETURNS_REFUNDS", "Returns and refunds");
        labels.put("ONBOARDING", "Onboarding");
        labels.put("BILLING", "Billing");
        labels.put(OTHER, "Other");
        return java.util.Collections.unmodifiableMap(labels);
    }

    private static List<AspectDefinition> loadBuiltIn() {
        Map<String, Map<String, List<String>>> terms = new LinkedHashMap<>();
        BUILT_IN_LABELS.keySet().forEach(key -> terms.put(key, new HashMap<>()));
        for (String language : Stemming.LANGUAGES) {
            readTerms(language).forEach((key, list) -> {
                if (!terms.containsKey(key) || key.equals(OTHER)) {
                    throw new IllegalStateException("aspects/" + language + ".tsv names " + key + ", which is not a built-in aspect with terms");
                }
                terms.get(key).put(language, list);
            });
        }
        return BUILT_IN_LABELS.entrySet().stream()
                .map(e -> new AspectDefinition(e.getKey(), e.getValue(), terms.get(e.getKey()))).toList();
    }

    /** {@code KEY<TAB>term; term; …} per line; a key may take several lines; # starts a comment line. */
    private static Map<String, List<String>> readTerms(String language) {
        String resource = "aspects/" + language + ".tsv";
        Map<String, List<String>> terms = new LinkedHashMap<>();
        try (InputStream in = AspectTaxonomy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                List<String> list = terms.computeIfAbsent(columns[0].strip(), k -> new ArrayList<>());
                Arrays.stream(columns[1].split(";")).map(String::strip).filter(t -> !t.isEmpty()).forEach(list::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
        return terms;
    }
}
