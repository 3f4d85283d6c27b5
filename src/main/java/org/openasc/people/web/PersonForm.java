package org.openasc.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openasc.people.PersonDetails;
import org.openasc.people.PersonView;
import org.openasc.platform.identity.NhsNumber;
import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FieldProblem;

/** The person question page as typed: kept as text so a mistake is shown back exactly as entered. */
public class PersonForm {

    private String givenName;
    private String familyName;
    private String preferredName;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private String dateOfDeathDay;
    private String dateOfDeathMonth;
    private String dateOfDeathYear;
    private String nhsNumber;
    private String gender;
    private String ethnicity;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String gpPracticeCode;
    private String gpPracticeName;
    private String preferredLanguage;
    private List<String> communicationNeeds = new ArrayList<>();
    private String communicationNotes;
    private String phone;
    private String email;
    private String accommodationStatus;
    private String employmentStatus;
    private String primarySupportReason;
    private String hasUnpaidCarer;
    private String autism;
    private String visualImpairment;
    private String hearingImpairment;
    private String dementia;
    private Integer version;

    static PersonForm of(PersonView p) {
        PersonForm f = new PersonForm();
        f.givenName = p.givenName();
        f.familyName = p.familyName();
        f.preferredName = p.preferredName();
        f.dateOfBirthDay = DateParts.day(p.dateOfBirth());
        f.dateOfBirthMonth = DateParts.month(p.dateOfBirth());
        f.dateOfBirthYear = DateParts.year(p.dateOfBirth());
        f.dateOfDeathDay = DateParts.day(p.dateOfDeath());
        f.dateOfDeathMonth = DateParts.month(p.dateOfDeath());
        f.dateOfDeathYear = DateParts.year(p.dateOfDeath());
        f.nhsNumber = NhsNumber.display(p.nhsNumber());
        f.gender = p.gender();
        f.ethnicity = p.ethnicity();
        f.addressLine1 = p.addressLine1();
        f.addressLine2 = p.addressLine2();
        f.town = p.town();
        f.postcode = p.postcode();
        f.gpPracticeCode = p.gpPracticeCode();
        f.gpPracticeName = p.gpPracticeName();
        f.preferredLanguage = p.preferredLanguage();
        f.communicationNeeds = new ArrayList<>(p.communicationNeeds());
        f.communicationNotes = p.communicationNotes();
        f.phone = p.phone();
        f.email = p.email();
        f.accommodationStatus = p.accommodationStatus();
        f.employmentStatus = p.employmentStatus();
        f.primarySupportReason = p.primarySupportReason();
        f.hasUnpaidCarer = p.hasUnpaidCarer();
        f.autism = p.autism();
        f.visualImpairment = p.visualImpairment();
        f.hearingImpairment = p.hearingImpairment();
        f.dementia = p.dementia();
        f.version = p.version();
        return f;
    }

    /** The details to save; date problems are added to {@code problems} and those dates left empty. */
    PersonDetails toDetails(List<FieldProblem> problems) {
        LocalDate birth = DateParts.read("dateOfBirth", "Date of birth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, problems);
        LocalDate death = DateParts.read("dateOfDeath", "Date of death", dateOfDeathDay, dateOfDeathMonth, dateOfDeathYear, problems);
        return new PersonDetails(givenName, familyName, preferredName, birth, death, nhsNumber, gender, ethnicity,
                addressLine1, addressLine2, town, postcode, gpPracticeCode, gpPracticeName, preferredLanguage,
                communicationNeeds, communicationNotes, phone, email, accommodationStatus, null, employmentStatus, null,
                primarySupportReason, hasUnpaidCarer, autism, visualImpairment, hearingImpairment, dementia, version);
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String v) { preferredName = v; }
    public String getDateOfBirthDay() { return dateOfBirthDay; }
    public void setDateOfBirthDay(String v) { dateOfBirthDay = v; }
    public String getDateOfBirthMonth() { return dateOfBirthMonth; }
    public void setDateOfBirthMonth(String v) { dateOfBirthMonth = v; }
    public String getDateOfBirthYear() { return dateOfBirthYear; }
    public void setDateOfBirthYear(String v) { dateOfBirthYear = v; }
    public String getDateOfDeathDay() { return dateOfDeathDay; }
    public void setDateOfDeathDay(String v) { dateOfDeathDay = v; }
    public String getDateOfDeathMonth() { return dateOfDeathMonth; }
    public void setDateOfDeathMonth(String v) { dateOfDeathMonth = v; }
    public String getDateOfDeathYear() { return dateOfDeathYear; }
    public void setDateOfDeathYear(String v) { dateOfDeathYear = v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { addressLine2 = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getGpPracticeCode() { return gpPracticeCode; }
    public void setGpPracticeCode(String v) { gpPracticeCode = v; }
    public String getGpPracticeName() { return gpPracticeName; }
    public void setGpPracticeName(String v) { gpPracticeName = v; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String v) { preferredLanguage = v; }
    public List<String> getCommunicationNeeds() { return communicationNeeds; }
    public void setCommunicationNeeds(List<String> v) { communicationNeeds = v == null ? new ArrayList<>() : v; }
    public String getCommunicationNotes() { return communicationNotes; }
    public void setCommunicationNotes(String v) { communicationNotes = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getAccommodationStatus() { return accommodationStatus; }
    public void setAccommodationStatus(String v) { accommodationStatus = v; }
    public String getEmploymentStatus() { return employmentStatus; }
    public void setEmploymentStatus(String v) { employmentStatus = v; }
    public String getPrimarySupportReason() { return primarySupportReason; }
    public void setPrimarySupportReason(String v) { primarySupportReason = v; }
    public String getHasUnpaidCarer() { return hasUnpaidCarer; }
    public void setHasUnpaidCarer(String v) { hasUnpaidCarer = v; }
    public String getAutism() { return autism; }
    public void setAutism(String v) { autism = v; }
    public String getVisualImpairment() { return visualImpairment; }
    public void setVisualImpairment(String v) { visualImpairment = v; }
    public String getHearingImpairment() { return hearingImpairment; }
    public void setHearingImpairment(String v) { hearingImpairment = v; }
    public String getDementia() { return dementia; }
    public void setDementia(String v) { dementia = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
