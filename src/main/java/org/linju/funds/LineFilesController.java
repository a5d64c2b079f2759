package org.linju.funds;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Payments against a line (with an Idempotency-Key, so a double submit is one payment) and the documents that govern
 * it, with the downloads of attachments and document versions.
 */
@Controller
class LineFilesController {

    private final LinePayments payments;
    private final LineDocuments documents;

    LineFilesController(LinePayments payments, LineDocuments documents) {
        this.payments = payments;
        this.documents = documents;
    }

    @PostMapping("/funds/{id}/payments")
    String pay(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate paidOn,
            @RequestParam(required = false) @Nullable BigDecimal amountYuan,
            @RequestParam NewPayment.PayeeKind payeeKind,
            @RequestParam(defaultValue = "") String payee,
            @RequestParam(defaultValue = "") String voucherNo,
            @RequestParam(required = false) @Nullable UUID allocationId,
            @RequestParam(required = false) @Nullable MultipartFile attachment,
            @RequestParam(required = false) @Nullable String idempotencyKey,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String keyHeader)
            throws IOException {
        NewPayment payment =
                new NewPayment(paidOn, amountYuan, payeeKind, payee, voucherNo, allocationId, uploaded(attachment));
        payments.pay(user, id, payment, keyHeader != null ? keyHeader : idempotencyKey);
        return BudgetLineController.back(id);
    }

    @PostMapping("/funds/{id}/documents")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @Nullable MultipartFile file)
            throws IOException {
        UploadedFile uploaded = uploaded(file);
        if (uploaded == null) {
            throw new FundsRefused("funds.file.empty");
        }
        documents.upload(user, id, title, uploaded);
        return BudgetLineController.back(id);
    }

    @GetMapping("/funds/{id}/documents/{document}")
    ResponseEntity<byte[]> document(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID document) {
        return download(documents.file(user, id, document).orElseThrow(FileNotThere::new));
    }

    @GetMapping("/funds/{id}/payments/{payment}/attachment")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID payment) {
        return download(documents.attachment(user, id, payment).orElseThrow(FileNotThere::new));
    }

    private static ResponseEntity<byte[]> download(LineDocuments.StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    private static @Nullable UploadedFile uploaded(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > UploadedFile.MAX_BYTES) {
            throw new FundsRefused("funds.file.tooLarge");
        }
        String name = file.getOriginalFilename();
        return new UploadedFile(name == null ? "file" : name, file.getBytes());
    }

    /** A file that is not there: the page's usual 404. */
    static final class FileNotThere extends ResponseStatusException {
        FileNotThere() {
            super(HttpStatus.NOT_FOUND);
        }
    }
}
