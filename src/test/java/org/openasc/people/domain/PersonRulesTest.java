package org.openasc.people.domain;

import org.openasc.platform.identity.NhsNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.openasc.platform.address.Postcode;

import static org.assertj.core.api.Assertions.assertThat;

class PersonRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "4010232137", "9000000009"})
    void nhsNumbersWithAMatchingModulus11CheckDigitAreValid(String nhs) {
        assertThat(NhsNumber.problem(nhs)).isEmpty();
    }

    @Test
    void anNhsNumberWithAWrongCheckDigitIsNotValid() {
        assertThat(NhsNumber.problem("9434765918")).hasValueSatisfying(p -> assertThat(p).contains("not valid"));
    }

    @Test
    void anNhsNumberWhoseCheckDigitWouldBeTenIsNeverValid() {
        // 123456789: sum = 1*10+2*9+3*8+4*7+5*6+6*5+7*4+8*3+9*2 = 210; 210 % 11 = 1; 11 - 1 = 10, so no check digit exists
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.problem("123456789" + last)).isPresent();
        }
    }

    @Test
    void spacesAndHyphensInAnNhsNumberAreRemovedBeforeChecking() {
        assertThat(NhsNumber.normalise(" 943 476-5919 ")).contains("9434765919");
        assertThat(NhsNumber.normalise("  ")).isEmpty();
        assertThat(NhsNumber.display("9434765919")).isEqualTo("943 476 5919");
    }

    @Test
    void nhsNumbersOfTheWrongLengthOrWithLettersAreExplained() {
        assertThat(NhsNumber.problem("943476591")).hasValueSatisfying(p -> assertThat(p).contains("10 digits"));
        assertThat(NhsNumber.problem("943476591A")).hasValueSatisfying(p -> assertThat(p).contains("only digits"));
    }

    @ParameterizedTest
    @CsvSource({"le1 7rh,LE1 7RH", "SW1A1AA,SW1A 1AA", "m1 1ae,M1 1AE", "B33 8TH,B33 8TH", "cr2 6xh,CR2 6XH", "DN55 1PT,DN55 1PT",
            "W1A 0AX,W1A 0AX", "EC1A 1BB,EC1A 1BB"})
    void ukPostcodesAreAcceptedInTheirStandardForm(String typed, String stored) {
        assertThat(Postcode.normalise(typed)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LE1", "12345", "LE1 7RHX", "QQ1 1AA", "LE1 7CI", "not a postcode", ""})
    void malformedPostcodesAreRefused(String typed) {
        assertThat(Postcode.normalise(typed)).isEmpty();
    }

    @Test
    void namesAreFoldedForSearchingWhateverTheirAccentsAndPunctuation() {
        assertThat(SearchName.fold("Siân")).isEqualTo("sian");
        assertThat(SearchName.fold("Zoë")).isEqualTo("zoe");
        assertThat(SearchName.fold("O'Brien-Łukasz")).isEqualTo("obrien lukasz");
        assertThat(SearchName.fold("O’Connor")).isEqualTo("oconnor");
        assertThat(SearchName.fold("王伟")).isEqualTo("王伟");
        assertThat(SearchName.of("Mary", null, "Smith-Jones")).isEqualTo("mary smith jones");
        assertThat(SearchName.key("Siân", "O'Brien")).isEqualTo(SearchName.key("SIAN", "obrien"));
    }
}
