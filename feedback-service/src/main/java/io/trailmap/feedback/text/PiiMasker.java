package io.trailmap.feedback.text;

import java.util.regex.Pattern;

/** Masks e-mail addresses and phone numbers in free text before it is stored. */
public final class PiiMasker {

    public static final String EMAIL_MASK = "[email]";
    public static final String PHONE_MASK = "[phone]";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    /** 7+ digits, optionally with +, spaces, dashes, dots or parentheses between them. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}0-9])\\+?\\(?\\d(?:[\\s().-]*\\d){6,}(?![\\p{L}0-9])");

    private PiiMasker() {
    }

    /** Digit runs that are dates (2026-05-01, 1.5.2026), not phone numbers. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String withoutEmails = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        return PHONE.matcher(withoutEmails).replaceAll(m -> DATE.matcher(m.group()).matches()
                ? java.util.regex.Matcher.quoteReplacement(m.group()) : PHONE_MASK);
    }
}
