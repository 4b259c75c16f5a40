package org.majlis.meetings;

/**
 * A participant's rank in their delegation. In protocol order the head of a delegation speaks before a deputy, and a
 * deputy before an expert, within the same organisation precedence; arrival decides within a rank.
 */
public enum DelegationRank {
    HEAD,
    DEPUTY,
    EXPERT
}
