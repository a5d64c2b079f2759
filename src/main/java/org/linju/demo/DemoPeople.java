package org.linju.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.NewForceMember;

/** The demo's people to register: each with the next of one run of mobile numbers, so that none is anyone's. */
final class DemoPeople {

    private final ChineseNames names;
    private int phone;

    DemoPeople(ChineseNames names) {
        this.names = names;
    }

    NewForceMember person(
            ForceKind kind,
            String name,
            @Nullable String grid,
            String community,
            @Nullable String department,
            @Nullable String organisation,
            @Nullable String account) {
        return new NewForceMember(
                kind, name, nextPhone(), grid, community, department, organisation, List.of(), account);
    }

    NewForceMember talent(String grid, String community, String skill) {
        return new NewForceMember(
                ForceKind.TALENT, names.next(), nextPhone(), grid, community, null, null, List.of(skill), null);
    }

    String nextPhone() {
        phone++;
        return "139" + String.format("%08d", 10_000_000 + phone);
    }
}
