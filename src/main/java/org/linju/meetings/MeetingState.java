package org.linju.meetings;

/**
 * Where a meeting stands. Labels are {@code meeting.state.NAME}. {@code MISSED} is never stored: a scheduled meeting
 * whose day has passed without its minutes reads as missed.
 */
public enum MeetingState {
    SCHEDULED,
    HELD,
    CANCELLED,
    MISSED
}
