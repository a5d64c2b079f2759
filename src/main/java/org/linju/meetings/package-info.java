/**
 * Meetings (月度联席会议, consultation committee, joint party-building meeting): types with default attendees, invitations, sign-in on the phone, agendas, minutes, decisions with owners and deadlines followed up at the next meeting, monthly meetings missed.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "identity", "audit", "grid", "matters", "matters :: events", "forces", "agenda"
        })
@NullMarked
package org.linju.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
