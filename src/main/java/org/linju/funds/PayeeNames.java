package org.linju.funds;

import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;

/**
 * A payee as a viewer sees it: an organisation in clear; a person's name, stored encrypted, in full only for district
 * admins (who answer for the payments) and masked (surname kept) for everyone else.
 */
final class PayeeNames {

    private PayeeNames() {}

    static String shown(CurrentUser viewer, String kind, String stored, FieldCipher cipher) {
        if (!NewPayment.PayeeKind.PERSON.name().equals(kind)) {
            return stored;
        }
        String name = cipher.decrypt(stored, LinePayments.PAYEE_FIELD);
        return viewer.role() == Role.DISTRICT_ADMIN ? name : Masking.name(name);
    }
}
