package org.linju.matters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch of reports as {@link IntakeStatement#receive}'s columns: one array per column of its unnest, one element per
 * report, in order.
 */
record IntakeColumns(UUID[] ids, String[][] text, Double[][] numbers, Boolean[] limited, String[] arrived) {

    /** The instants travel as ISO-8601 text (a {@code timestamptz[]} after the cast), which every driver binds. */
    static IntakeColumns of(List<IntakeStatement.Incoming> reports, List<Instant> arrived) {
        int size = reports.size();
        IntakeColumns columns = new IntakeColumns(
                new UUID[size], new String[14][size], new Double[2][size], new Boolean[size], new String[size]);
        for (int i = 0; i < size; i++) {
            columns.put(i, reports.get(i));
            columns.arrived[i] = arrived.get(i).toString();
        }
        return columns;
    }

    private void put(int i, IntakeStatement.Incoming in) {
        NewReport report = in.report();
        IdempotencyKey key = in.idempotencyKey();
        String createdBy = in.reporter().username();
        ids[i] = in.id();
        String[] row = {
            in.trackingCode(),
            in.district(),
            in.grid(),
            report.categoryCode(),
            report.description(),
            report.channel().name(),
            in.phoneCipher(),
            in.phoneIndex(),
            in.addressIndex(),
            key == null ? null : key.key(),
            createdBy,
            createdBy == null ? "reporter" : createdBy,
            key == null ? null : key.scope(),
            key == null ? null : key.requestHash()
        };
        for (int column = 0; column < row.length; column++) {
            text[column][i] = row[column];
        }
        numbers[0][i] = report.lat();
        numbers[1][i] = report.lng();
        limited[i] = in.reporter().limited();
    }
}
