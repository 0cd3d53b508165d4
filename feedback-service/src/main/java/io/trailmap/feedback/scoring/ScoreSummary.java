package io.trailmap.feedback.scoring;

/**
 * Scores from counts, exactly as DESIGN §1 defines them: NPS = % promoters − % detractors
 * (−100 … 100); CSAT = % of answers 4–5; CES = mean. Null when there is nothing to score.
 */
public final class ScoreSummary {

    private ScoreSummary() {
    }

    public static Double nps(long promoters, long passives, long detractors) {
        long n = promoters + passives + detractors;
        return n == 0 ? null : round(100.0 * (promoters - detractors) / n);
    }

    public static Double csat(long satisfied, long answers) {
        return answers == 0 ? null : round(100.0 * satisfied / answers);
    }

    public static Double mean(double sum, long count) {
        return count == 0 ? null : round(sum / count);
    }

    static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
