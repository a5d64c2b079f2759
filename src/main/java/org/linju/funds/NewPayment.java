package org.linju.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment as its form takes it: the amount in yuan as typed, the payee (an organisation's name, or a person's, which
 * is stored only encrypted), the voucher number (unique on the line), the allocation it spends if any, and an optional
 * attachment.
 */
public record NewPayment(
        @Nullable LocalDate paidOn,
        @Nullable BigDecimal amountYuan,
        PayeeKind payeeKind,
        String payee,
        String voucherNo,
        @Nullable UUID allocationId,
        @Nullable UploadedFile attachment) {

    public enum PayeeKind {
        ORGANISATION,
        PERSON
    }
}
