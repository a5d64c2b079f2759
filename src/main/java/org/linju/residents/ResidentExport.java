package org.linju.residents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the register of the viewer's area as .xlsx, streamed row by row. Masked unless a role that may reveal
 * asks for full values with a reason; either way the export is audited with its row count.
 */
@Service
public class ResidentExport {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditLog audit;

    ResidentExport(JdbcClient jdbc, FieldCipher cipher, AuditLog audit) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional
    public int export(CurrentUser viewer, boolean unmasked, String reason, OutputStream out) throws IOException {
        if (!DataPolicy.mayExport(viewer.role())
                || (unmasked
                        && !(DataPolicy.mayReveal(viewer.role(), Datum.ID_NUMBER)
                                && DataPolicy.mayReveal(viewer.role(), Datum.PHONE)))) {
            throw new ImportNotAllowed();
        }
        String why = unmasked ? Reasons.required(reason) : null;
        LongStatements.allowIn(jdbc);
        AtomicInteger count = new AtomicInteger();
        boolean fullBirthDates = DataPolicy.disclosure(viewer.role(), Datum.BIRTH_DATE) == DataPolicy.Disclosure.FULL;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("实有人口");
            Row header = sheet.createRow(0);
            String[] headers = {"姓名", "身份证号", "手机号", "网格编码", "住址", "人口类型", "出生日期", "性别"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            jdbc.sql("""
					select r.name, r.id_number_cipher, r.phone_cipher, r.grid_code, r.residence_type, r.birth_date, r.sex,
					       coalesce(b.name || h.unit || '单元' || h.room || '室', '') as address
					from resident r left join household h on h.id = r.household_id left join building b on b.id = h.building_id
					where r.grid_code like any (cast(:patterns as text[]))
					order by r.grid_code, r.name
					""")
                    .param("patterns", viewer.scope().sqlPatterns())
                    .withFetchSize(1_000)
                    .query(rs -> {
                        Row row = sheet.createRow(count.incrementAndGet());
                        String id = cipher.decrypt(rs.getString("id_number_cipher"), PersonalField.ID_NUMBER.binding());
                        String phoneCipher = rs.getString("phone_cipher");
                        String phone =
                                phoneCipher == null ? "" : cipher.decrypt(phoneCipher, PersonalField.PHONE.binding());
                        String name = rs.getString("name");
                        row.createCell(0).setCellValue(DataPolicy.seesNames(viewer.role()) ? name : Masking.name(name));
                        row.createCell(1).setCellValue(unmasked ? id : Masking.idNumber(id));
                        row.createCell(2).setCellValue(unmasked || phone.isEmpty() ? phone : Masking.phone(phone));
                        row.createCell(3).setCellValue(rs.getString("grid_code"));
                        row.createCell(4).setCellValue(rs.getString("address"));
                        row.createCell(5).setCellValue(rs.getString("residence_type"));
                        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
                        row.createCell(6)
                                .setCellValue(fullBirthDates ? birth.toString() : String.valueOf(birth.getYear()));
                        row.createCell(7).setCellValue(rs.getString("sex"));
                    });
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
                (unmasked ? "UNMASKED" : "masked") + " export of " + count.get() + " residents"));
        return count.get();
    }
}
