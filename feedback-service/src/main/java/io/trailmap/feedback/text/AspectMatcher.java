package io.trailmap.feedback.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A taxonomy compiled for matching: each term as a sequence of word patterns, indexed by the stem of its
 * first word where it has one, so a comment is read in one pass over its tokens.
 */
public final class AspectMatcher {

    /**
     * A term of {@code key} found at tokens {@code first}…{@code last} (inclusive). A weak term (written
     * {@code ~term}: "works", "minutes", "called") names its aspect only when no other term is found.
     */
    public record Match(String key, int first, int last, boolean weak) {
    }

    private record WordPattern(Kind kind, String value) {

        enum Kind { STEM, PREFIX, SUFFIX, CONTAINS }

        boolean matches(Token token) {
            return switch (kind) {
                case STEM -> token.stem().equals(value);
                case PREFIX -> token.word().startsWith(value);
                case SUFFIX -> token.word().endsWith(value);
                case CONTAINS -> token.word().contains(value);
            };
        }
    }

    private record Term(String key, List<WordPattern> words, boolean weak) {
    }

    private final AspectTaxonomy taxonomy;
    private final Map<String, Map<String, List<Term>>> byFirstStem = new HashMap<>();
    private final Map<String, List<Term>> wildcardFirst = new HashMap<>();

    public AspectMatcher(AspectTaxonomy taxonomy, Stemming stemming) {
        this.taxonomy = taxonomy;
        for (String language : Stemming.LANGUAGES) {
            Map<String, List<Term>> indexed = new HashMap<>();
            List<Term> scanned = new ArrayList<>();
            for (AspectDefinition aspect : taxonomy.aspects()) {
                for (String text : aspect.terms(language)) {
                    boolean weak = text.strip().startsWith("~");
                    List<WordPattern> words = compile(language, weak ? text.strip().substring(1) : text, stemming);
                    if (words.isEmpty()) {
                        continue;
                    }
                    Term term = new Term(aspect.key(), words, weak);
                    if (words.getFirst().kind() == WordPattern.Kind.STEM) {
                        indexed.computeIfAbsent(words.getFirst().value(), s -> new ArrayList<>()).add(term);
                    } else {
                        scanned.add(term);
                    }
                }
            }
            byFirstStem.put(language, indexed);
            wildcardFirst.put(language, scanned);
        }
    }

    public AspectTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Every term of the taxonomy found in {@code tokens}, in the order they start; weak ones only when nothing else is found. */
    public List<Match> find(String language, List<Token> tokens) {
        Map<String, List<Term>> indexed = byFirstStem.getOrDefault(language, Map.of());
        List<Term> scanned = wildcardFirst.getOrDefault(language, List.of());
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Term term : indexed.getOrDefault(tokens.get(i).stem(), List.of())) {
                addIfMatches(term, tokens, i, matches);
            }
            for (Term term : scanned) {
                addIfMatches(term, tokens, i, matches);
            }
        }
        return matches.stream().allMatch(Match::weak) ? matches : matches.stream().filter(m -> !m.weak()).toList();
    }

    private static void addIfMatches(Term term, List<Token> tokens, int start, List<Match> matches) {
        int last = start + term.words().size() - 1;
        if (last >= tokens.size()) {
            return;
        }
        for (int k = 0; k < term.words().size(); k++) {
            if (!term.words().get(k).matches(tokens.get(start + k))) {
                return;
            }
        }
        matches.add(new Match(term.key(), start, last, term.weak()));
    }

    /** A term's words: wildcard words as lower-case fragments, plain ones as the stems of their tokens. */
    private static List<WordPattern> compile(String language, String term, Stemming stemming) {
        List<WordPattern> words = new ArrayList<>();
        for (String word : term.strip().split("\\s+")) {
            boolean head = word.startsWith("*");
            boolean tail = word.endsWith("*") && word.length() > 1;
            String fragment = word.replace("*", "").toLowerCase(Locale.ROOT);
            if (fragment.isEmpty()) {
                continue;
            }
            if (head || tail) {
                WordPattern.Kind kind = head && tail ? WordPattern.Kind.CONTAINS : head ? WordPattern.Kind.SUFFIX : WordPattern.Kind.PREFIX;
                words.add(new WordPattern(kind, fragment));
            } else {
                stemming.tokens(language, fragment).forEach(t -> words.add(new WordPattern(WordPattern.Kind.STEM, t.stem())));
            }
        }
        return words;
    }
}
