package io.trailmap.feedback.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The aspects a comment talks about, each with its own sentiment: the sentiment of the clauses that name
 * it ({@link Clauses}), so "fast delivery but rude staff" gives DELIVERY a positive and STAFF a negative
 * sign. A clause that states a fact without judging it ("the parcel came on Tuesday") takes the comment's
 * verdict, which is about what it names. A comment of some length that names nothing in the taxonomy is
 * about something else: {@code OTHER}.
 */
public final class AspectDetection {

    /** An aspect found in a comment, with the comment's words that named it. */
    public record Found(String key, String label, Sentiment sentiment, List<String> terms) {
    }

    /** A comment of at least this many words that names no aspect is about OTHER; shorter ones ("great!") about nothing. */
    static final int OTHER_MIN_WORDS = 5;

    private final Stemming stemming;
    private final SentimentModel model;

    public AspectDetection(Stemming stemming, SentimentModel model) {
        this.stemming = stemming;
        this.model = model;
    }

    public List<Found> find(String language, String text, Sentiment comment, AspectMatcher matcher) {
        List<Token> tokens = stemming.tokens(language, text);
        List<AspectMatcher.Match> matches = matcher.find(language, tokens);
        if (matches.isEmpty()) {
            return tokens.size() >= OTHER_MIN_WORDS
                    ? List.of(new Found(AspectTaxonomy.OTHER, matcher.taxonomy().label(AspectTaxonomy.OTHER), comment, List.of()))
                    : List.of();
        }
        List<Clauses.Span> clauses = Clauses.of(language, text);
        Map<String, Set<Clauses.Span>> clausesByKey = new LinkedHashMap<>();
        Map<String, Set<String>> termsByKey = new LinkedHashMap<>();
        for (AspectMatcher.Match match : matches) {
            int start = tokens.get(match.first()).start();
            clausesByKey.computeIfAbsent(match.key(), k -> new LinkedHashSet<>()).add(clauseAt(clauses, start, text));
            termsByKey.computeIfAbsent(match.key(), k -> new LinkedHashSet<>())
                    .add(text.substring(start, tokens.get(match.last()).end()).toLowerCase(java.util.Locale.ROOT));
        }
        Map<Clauses.Span, Sentiment> scored = new LinkedHashMap<>();
        List<Found> found = new ArrayList<>();
        clausesByKey.forEach((key, spans) -> {
            Sentiment sentiment = sentiment(language, text, spans, comment, scored);
            found.add(new Found(key, matcher.taxonomy().label(key), sentiment, List.copyOf(termsByKey.get(key))));
        });
        return found;
    }

    /** The mean of the judging clauses' scores; the comment's verdict when every clause only states facts. */
    private Sentiment sentiment(String language, String text, Set<Clauses.Span> spans, Sentiment comment,
                                Map<Clauses.Span, Sentiment> scored) {
        if (spans.size() == 1 && spans.iterator().next().end() - spans.iterator().next().start() == text.length()) {
            return comment;
        }
        List<Sentiment> judging = spans.stream()
                .map(span -> scored.computeIfAbsent(span, s -> model.analyze(language, text.substring(s.start(), s.end()))))
                .filter(s -> !s.label().equals(Sentiment.NEUTRAL)).toList();
        if (judging.isEmpty()) {
            return comment;
        }
        if (judging.size() == 1) {
            return judging.getFirst();
        }
        return Sentiment.of(judging.stream().mapToDouble(Sentiment::score).average().orElseThrow());
    }

    private static Clauses.Span clauseAt(List<Clauses.Span> clauses, int offset, String text) {
        return clauses.stream().filter(c -> c.contains(offset)).findFirst().orElse(new Clauses.Span(0, text.length()));
    }
}
