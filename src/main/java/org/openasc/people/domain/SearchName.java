package org.openasc.people.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folds names for matching: lower case, accents removed (Siân → sian, Łukasz → lukasz), and
 * hyphens, apostrophes and other punctuation treated as spaces, so O'Brien-Smith is found as
 * "obrien", "o brien" or "brien smith". Letters of any script are kept.
 */
public final class SearchName {

    private SearchName() {
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("ß", "ss").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replaceAll("['’‘`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The words of a folded name. */
    public static List<String> words(String name) {
        String folded = fold(name);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Everything a person may be searched by: given, preferred and family names. */
    public static String of(String givenName, String preferredName, String familyName) {
        return String.join(" ", fold(givenName), fold(preferredName), fold(familyName)).replaceAll(" +", " ").trim();
    }

    /** The key that marks two records as possibly the same person: folded given and family names. */
    public static String key(String givenName, String familyName) {
        return fold(givenName).replace(" ", "") + "|" + fold(familyName).replace(" ", "");
    }
}
