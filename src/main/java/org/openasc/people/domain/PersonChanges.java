package org.openasc.people.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the fields a correction changed, for the audit trail (names only: values stay out of the trail's detail). */
public final class PersonChanges {

    private PersonChanges() {
    }

    public static List<String> between(PersonStore.PersonRow before, ValidPerson after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "givenName", before.givenName(), after.givenName());
        compare(changed, "familyName", before.familyName(), after.familyName());
        compare(changed, "preferredName", before.preferredName(), after.preferredName());
        compare(changed, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
        compare(changed, "dateOfDeath", before.dateOfDeath(), after.dateOfDeath());
        compare(changed, "nhsNumber", before.nhsNumber(), after.nhsNumber());
        compare(changed, "gender", before.gender(), after.gender());
        compare(changed, "ethnicity", before.ethnicity(), after.ethnicity());
        compare(changed, "address", List.of(n(before.addressLine1()), n(before.addressLine2()), n(before.town())),
                List.of(n(after.addressLine1()), n(after.addressLine2()), n(after.town())));
        compare(changed, "postcode", before.postcode(), after.postcode());
        compare(changed, "gpPractice", n(before.gpPracticeCode()) + n(before.gpPracticeName()), n(after.gpPracticeCode()) + n(after.gpPracticeName()));
        compare(changed, "preferredLanguage", before.preferredLanguage(), after.preferredLanguage());
        compare(changed, "communicationNeeds", before.communicationNeeds(), after.communicationNeeds());
        compare(changed, "communicationNotes", before.communicationNotes(), after.communicationNotes());
        compare(changed, "contactDetails", n(before.phone()) + n(before.email()), n(after.phone()) + n(after.email()));
        compare(changed, "primarySupportReason", before.primarySupportReason(), after.primarySupportReason());
        compare(changed, "hasUnpaidCarer", before.hasUnpaidCarer(), after.hasUnpaidCarer());
        compare(changed, "autism", before.autism(), after.autism());
        compare(changed, "visualImpairment", before.visualImpairment(), after.visualImpairment());
        compare(changed, "hearingImpairment", before.hearingImpairment(), after.hearingImpairment());
        compare(changed, "dementia", before.dementia(), after.dementia());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
