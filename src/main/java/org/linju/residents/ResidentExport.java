package org.linju.residents;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.DataPolicy.Datum;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;
import org.linju.shared.LongStatements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the register of the viewer's area as .xlsx, streamed row by row. Masked unless a role that may reveal
 * asks for full values with a reason; either way the export is audited with its row count.
 */
@Service
public class ResidentExport {

    private static final List<String> COLUMNS = List.of(
            "resident.name",
            "resident.idNumber",
            "resident.phone",
            "resident.gridCode",
            "resident.address",
            "resident.residenceType",
            "resident.birthDate",
            "resident.sex");

    private final JdbcClient jdbc;
    private final ResidentStore store;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final MessageSource messages;

    ResidentExport(JdbcClient jdbc, ResidentStore store, FieldCipher cipher, AuditLog audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.messages = messages;
    }

    /** The register of the viewer's area narrowed as the list on screen is ({@link ResidentFilter}). */
    @Transactional
    public int export(CurrentUser viewer, ResidentFilter filter, boolean unmasked, String reason, OutputStream out)
            throws IOException {
        if (!DataPolicy.mayExport(viewer.role()) || (unmasked && !mayRevealIdentity(viewer))) {
            throw new ImportNotAllowed();
        }
        String why = unmasked ? Reasons.required(reason) : null;
        ResidentFilter checked = filter.seenBy(viewer);
        LongStatements.allowIn(jdbc);
        int count;
        Locale locale = LocaleContextHolder.getLocale();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("resident.title", null, locale));
            writeHeader(sheet, locale);
            count = writeResidents(sheet, viewer, checked, unmasked);
            workbook.write(out);
        }
        audit.record(new AuditRecord(
                viewer.getUsername(),
                viewer.role().name(),
                AuditAction.EXPORT_PERSONAL_DATA,
                "resident-list",
                "export",
                null,
                why,
                (unmasked ? "UNMASKED" : "masked") + " export of " + count + " residents" + filterNote(checked)));
        return count;
    }

    /** What the export was narrowed to, for the audit entry (no personal data: the name filter is not kept). */
    private static String filterNote(ResidentFilter filter) {
        String area = filter.area() == null ? "" : " in " + filter.area();
        String type = filter.type() == null ? "" : " of type " + filter.type();
        return area + type + (filter.name() == null ? "" : " by name");
    }

    /** Full values leave the platform only for a role that may see both the ID number and the phone. */
    private static boolean mayRevealIdentity(CurrentUser viewer) {
        return DataPolicy.mayReveal(viewer.role(), Datum.ID_NUMBER) && DataPolicy.mayReveal(viewer.role(), Datum.PHONE);
    }

    /** The column titles, in the language of the person exporting (the file is read by people, not imported). */
    private void writeHeader(Sheet sheet, Locale locale) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            header.createCell(i).setCellValue(messages.getMessage(COLUMNS.get(i), null, locale));
        }
    }

    /** One row per resident in the viewer's area and the filter, streamed; how many. */
    private int writeResidents(Sheet sheet, CurrentUser viewer, ResidentFilter filter, boolean unmasked) {
        AtomicInteger count = new AtomicInteger();
        boolean fullBirthDates = DataPolicy.disclosure(viewer.role(), Datum.BIRTH_DATE) == DataPolicy.Disclosure.FULL;
        store.filtered("""
				select r.name, r.id_number_cipher, r.phone_cipher, r.grid_code, r.residence_type, r.birth_date, r.sex,
				       coalesce(b.name || h.unit || '单元' || h.room || '室', '') as address
				from resident r left join household h on h.id = r.household_id left join building b on b.id = h.building_id
				""" + ResidentStore.FILTERS + " order by r.grid_code, r.name", viewer.scope(), filter)
                .withFetchSize(1_000)
                .query(rs -> {
                    writeResident(sheet.createRow(count.incrementAndGet()), rs, viewer, unmasked, fullBirthDates);
                });
        return count.get();
    }

    private void writeResident(Row row, ResultSet rs, CurrentUser viewer, boolean unmasked, boolean fullBirthDates)
            throws SQLException {
        String id = cipher.decrypt(rs.getString("id_number_cipher"), PersonalField.ID_NUMBER.binding());
        String phoneCipher = rs.getString("phone_cipher");
        String phone = phoneCipher == null ? "" : cipher.decrypt(phoneCipher, PersonalField.PHONE.binding());
        String name = rs.getString("name");
        row.createCell(0).setCellValue(DataPolicy.seesNames(viewer.role()) ? name : Masking.name(name));
        row.createCell(1).setCellValue(unmasked ? id : Masking.idNumber(id));
        row.createCell(2).setCellValue(unmasked || phone.isEmpty() ? phone : Masking.phone(phone));
        row.createCell(3).setCellValue(rs.getString("grid_code"));
        row.createCell(4).setCellValue(rs.getString("address"));
        row.createCell(5).setCellValue(rs.getString("residence_type"));
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        row.createCell(6).setCellValue(fullBirthDates ? birth.toString() : String.valueOf(birth.getYear()));
        row.createCell(7).setCellValue(rs.getString("sex"));
    }
}
