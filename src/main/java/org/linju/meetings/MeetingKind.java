package org.linju.meetings;

import java.util.List;

/** The kinds of meeting, each with the roles invited by default. Labels are {@code meeting.kind.NAME}. */
public enum MeetingKind {
    /** 月度联席会议: every community holds one a month; a month without one shows as missed. */
    MONTHLY_JOINT(List.of(
            AttendeeRole.PARTY_ORGANISATION,
            AttendeeRole.PROPERTY_COMPANY,
            AttendeeRole.COMMUNITY_POLICE,
            AttendeeRole.RESIDENT_REPRESENTATIVE)),
    /** 协商议事会: resident representatives with the property company and the party organisation. */
    CONSULTATION(List.of(
            AttendeeRole.RESIDENT_REPRESENTATIVE, AttendeeRole.PROPERTY_COMPANY, AttendeeRole.PARTY_ORGANISATION)),
    /** 党建联席会. */
    PARTY_BUILDING(
            List.of(AttendeeRole.PARTY_ORGANISATION, AttendeeRole.PROPERTY_COMPANY, AttendeeRole.COMMUNITY_POLICE));

    private final List<AttendeeRole> defaultRoles;

    MeetingKind(List<AttendeeRole> defaultRoles) {
        this.defaultRoles = defaultRoles;
    }

    public List<AttendeeRole> defaultRoles() {
        return defaultRoles;
    }
}
