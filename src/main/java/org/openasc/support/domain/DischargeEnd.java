package org.openasc.support.domain;

/** Why a hospital discharge referral ended without a discharge ({@code support.discharge.end_reason}). */
public enum DischargeEnd {
    /** The person died in hospital, or before the discharge was recorded: the referral ends on the day they died. */
    DIED
}
