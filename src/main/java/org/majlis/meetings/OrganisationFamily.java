package org.majlis.meetings;

/** Which side an organisation belongs to. */
public enum OrganisationFamily {
    UN,
    OIC,
    MEMBER_STATE,
    OTHER
}
