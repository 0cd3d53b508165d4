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

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return PHONE.matcher(EMAIL.matcher(text).replaceAll(EMAIL_MASK)).replaceAll(PHONE_MASK);
    }
}
