package org.linju.matters;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Intake over JSON, for residents' apps (no account needed) and staff tools. */
@RestController
class MatterApiController {

    /**
     * The JSON body of {@code POST /api/v1/matters}; {@code channel} lets a staff member's program (an API token) say how the matter reached them
     * (HOTLINE, WALK_IN or PATROL); without it, and always for residents, the channel is API.
     */
    record ReportRequest(
            @Nullable String description,
            @Nullable String categoryCode,
            @Nullable Double lat,
            @Nullable Double lng,
            @Nullable String phone,
            @Nullable String channel) {}

    private final Intake intake;
    private final MatterCatalogue catalogue;
    private final MessageSource messages;
    private final JsonMapper json;

    MatterApiController(Intake intake, MatterCatalogue catalogue, MessageSource messages, JsonMapper json) {
        this.json = json;
        this.intake = intake;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /**
     * Answers 201 with the receipt as JSON. The receipt is written with its length, so it leaves in one piece (a
     * streamed body is flushed and then ended with an empty chunk: a second write per report, which the intake
     * benchmark showed).
     */
    @PostMapping("/api/v1/matters")
    @ApiResponse(
            responseCode = "201",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
    ResponseEntity<byte[]> report(
            @RequestBody ReportRequest body,
            @Parameter(
                            description =
                                    "Up to 100 characters, the sender's own (per account, or per client address when "
                                            + "not signed in): the same report sent again with it gets the first receipt; a different report "
                                            + "with it is refused (422). / 同一发送方重发同一反映得到第一次的回执；同一个键用于不同内容的反映返回 422。")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            HttpServletRequest request) {
        Channel channel = Channel.ofApiReport(body.channel(), user != null && user.role() != Role.RESIDENT);
        Receipt receipt = intake.report(
                new NewReport(
                        body.description() == null ? "" : body.description(),
                        body.categoryCode() == null ? "" : body.categoryCode(),
                        body.lat(),
                        body.lng(),
                        body.phone(),
                        channel),
                List.of(),
                idempotencyKey,
                Reporter.of(user, request.getRemoteAddr()));
        byte[] answer = json.writeValueAsBytes(receipt);
        return ResponseEntity.created(URI.create("/track/" + receipt.trackingCode()))
                .contentType(MediaType.APPLICATION_JSON)
                .contentLength(answer.length)
                .body(answer);
    }

    @GetMapping("/api/v1/categories")
    List<Category> categories() {
        return catalogue.categories();
    }

    /** Not stored: too many reports from this sender (429), or intake is busy (503); both say when to try again. */
    @ExceptionHandler(ReportNotTaken.class)
    ResponseEntity<ProblemDetail> notTaken(ReportNotTaken e) {
        HttpStatus status = e.status();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setDetail(messages.getMessage(e.getMessage(), null, e.getMessage(), LocaleContextHolder.getLocale()));
        return ResponseEntity.status(status)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(UnacceptableReport.class)
    ResponseEntity<ProblemDetail> unacceptable(UnacceptableReport e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setDetail(messages.getMessage(e.getMessage(), null, e.getMessage(), LocaleContextHolder.getLocale()));
        problem.setProperty("errors", Map.of(e.field(), problem.getDetail()));
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
