package org.openasc.platform.address;

import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes: checked against the Royal Mail format and stored upper case with one space. */
public final class Postcode {

    private static final Pattern FORMAT = Pattern.compile(
            "^(GIR0AA|[A-PR-UWYZ][0-9][0-9]?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?[0-9][ABD-HJLNP-UW-Z]{2}"
                    + "|[A-PR-UWYZ][0-9][A-HJKPSTUW][0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY][0-9][ABD-HJLNP-UW-Z]{2})$");

    private Postcode() {
    }

    /** The postcode in its standard form, or empty if the input is not a valid UK postcode. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("\\s", "").toUpperCase();
        if (!FORMAT.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    public static boolean looksLikePostcode(String input) {
        return normalise(input).isPresent();
    }
}
