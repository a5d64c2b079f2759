package org.linju.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page as rendered once for {@link PublicPageCache}: its bytes, cut where the values of one visit stood (the CSRF
 * token of its forms, the model's per-visit attributes), so that each reader gets their own.
 */
final class RenderedPage {

    /** The slot of the CSRF token, which Spring Security makes per reader (and masks anew for each page). */
    private static final String CSRF = "_csrf";

    private final String contentType;
    private final Charset charset;
    /** The page's bytes between slots: one more part than slots. */
    private final List<byte[]> parts;

    private final List<String> slots;
    private final @Nullable String etag;

    private RenderedPage(String contentType, Charset charset, List<byte[]> parts, List<String> slots) {
        this.contentType = contentType;
        this.charset = charset;
        this.parts = parts;
        this.slots = slots;
        this.etag = slots.isEmpty() ? "\"" + DigestUtils.md5DigestAsHex(parts.get(0)) + "\"" : null;
    }

    /** Renders the view into memory; the model already holds this visit's {@code values}. */
    static RenderedPage render(
            ThymeleafViewResolver views,
            ModelAndView page,
            Map<String, String> values,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response)
            throws Exception {
        View view = views.resolveViewName(String.valueOf(page.getViewName()), locale);
        if (view == null) {
            throw new IllegalStateException("no template " + page.getViewName());
        }
        ContentCachingResponseWrapper body = new ContentCachingResponseWrapper(response);
        view.render(page.getModel(), request, body);
        Charset charset = Charset.forName(body.getCharacterEncoding());
        String html = new String(body.getContentAsByteArray(), charset);
        Map<String, String> cut = new LinkedHashMap<>(values);
        if (html.contains("name=\"" + CSRF + "\"")
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            cut.put(CSRF, token.getToken());
        }
        List<byte[]> parts = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        int from = 0;
        for (Slot slot = next(html, from, cut); slot != null; slot = next(html, from, cut)) {
            parts.add(html.substring(from, slot.at()).getBytes(charset));
            slots.add(slot.name());
            from = slot.at() + cut.get(slot.name()).length();
        }
        parts.add(html.substring(from).getBytes(charset));
        return new RenderedPage(String.valueOf(body.getContentType()), charset, parts, slots);
    }

    private record Slot(String name, int at) {}

    /** Where the first of the values stands from {@code from} on. */
    private static @Nullable Slot next(String html, int from, Map<String, String> values) {
        Slot first = null;
        for (Map.Entry<String, String> value : values.entrySet()) {
            int at = value.getValue().isEmpty() ? -1 : html.indexOf(value.getValue(), from);
            if (at >= 0 && (first == null || at < first.at())) {
                first = new Slot(value.getKey(), at);
            }
        }
        return first;
    }

    String contentType() {
        return contentType;
    }

    /** A strong validator of the page's bytes; none when a part of it is made for each reader. */
    @Nullable
    String etag() {
        return etag;
    }

    void write(HttpServletRequest request, HttpServletResponse response, Map<String, Supplier<String>> perVisit)
            throws IOException {
        List<byte[]> filled = new ArrayList<>(slots.size());
        int length = parts.stream().mapToInt(part -> part.length).sum();
        for (String slot : slots) {
            byte[] value = value(slot, request, perVisit).getBytes(charset);
            filled.add(value);
            length += value.length;
        }
        response.setContentLength(length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            out.write(parts.get(i));
            if (i < filled.size()) {
                out.write(filled.get(i));
            }
        }
    }

    private static String value(String slot, HttpServletRequest request, Map<String, Supplier<String>> perVisit) {
        if (!slot.equals(CSRF)) {
            return perVisit.get(slot).get();
        }
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return token.getToken();
        }
        throw new IllegalStateException("a kept page has a form but this request has no CSRF token");
    }
}
