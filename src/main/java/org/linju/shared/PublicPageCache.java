package org.linju.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Public pages that a crowd reads at once (a community board's QR code on a wall, a link in a chat group), rendered
 * once and then served from memory to every anonymous reader: rendering a page costs tens of times more than sending
 * it (bench/README.md, "Issue 16: public pages").
 *
 * <p>A kept page is used only for the same page, the same {@code version} (what its owner says changes it), the same
 * language, query and cookies (a reader's own choices), and for at most {@link #MAX_AGE}: a change its owner does not
 * announce shows within that time. Signed-in readers get the page rendered for them, as before. Values that must
 * differ per visit (the CSRF token of a form, a form's submission key) are cut out of the kept page and filled in
 * fresh for each reader. A page without such values answers {@code If-None-Match} with 304.
 */
@Component
@ConditionalOnWebApplication
public class PublicPageCache {

    /** How long a kept page may be used: also how long a change nobody announced can stay unseen. */
    public static final Duration MAX_AGE = Duration.ofSeconds(5);

    /** Cookies that never change what a page shows: the CSRF token (filled in per visit) and a session. */
    private static final Set<String> UNSEEN_COOKIES = Set.of("XSRF-TOKEN", "SESSION");

    private record Key(String page, Object version, Locale locale, String query, String cookies, Duration maxAge) {}

    private final ThymeleafViewResolver views;
    private final Cache<Key, RenderedPage> pages = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfter(Expiry.<Key, RenderedPage>creating((key, page) -> key.maxAge()))
            .build();

    PublicPageCache(ThymeleafViewResolver views) {
        this.views = views;
    }

    /**
     * Answers with the page: from memory for an anonymous reader, returning null (the answer is written); otherwise
     * returns the page to render as usual.
     *
     * @param pageWide what every page's model holds besides its own (the layout's attributes from controller advice:
     *     the care mode, the page's address), added to the page's model where it does not set them itself
     * @param page names the page, e.g. board:511703001001
     * @param version changes whenever what the page shows changes (compared with equals)
     * @param perVisit model attributes that must be new for every reader, with how to make one
     * @param render the page's model and view, asked only when it is rendered
     */
    public @Nullable ModelAndView serve(
            HttpServletRequest request,
            HttpServletResponse response,
            Model pageWide,
            String page,
            Object version,
            Map<String, Supplier<String>> perVisit,
            Supplier<ModelAndView> render) {
        return serve(request, response, pageWide, page, version, MAX_AGE, perVisit, render);
    }

    /**
     * As {@link #serve(HttpServletRequest, HttpServletResponse, Model, String, Object, Map, Supplier)}, kept for up to
     * {@code maxAge}: only for a page whose {@code version} covers everything it shows (then nothing goes unseen).
     */
    public @Nullable ModelAndView serve(
            HttpServletRequest request,
            HttpServletResponse response,
            Model pageWide,
            String page,
            Object version,
            Duration maxAge,
            Map<String, Supplier<String>> perVisit,
            Supplier<ModelAndView> render) {
        Supplier<ModelAndView> withPageWide = () -> {
            ModelAndView view = render.get();
            view.getModelMap().mergeAttributes(pageWide.asMap());
            return view;
        };
        if (!anonymous()) {
            ModelAndView view = withPageWide.get();
            perVisit.forEach((name, value) -> view.addObject(name, value.get()));
            return view;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        Key key = new Key(page, version, locale, String.valueOf(request.getQueryString()), cookies(request), maxAge);
        RenderedPage rendered = pages.get(key, missing -> render(request, response, locale, perVisit, withPageWide));
        if (rendered.etag() != null && new ServletWebRequest(request, response).checkNotModified(rendered.etag())) {
            return null;
        }
        write(rendered, request, response, locale, perVisit);
        return null;
    }

    private RenderedPage render(
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Map<String, Supplier<String>> perVisit,
            Supplier<ModelAndView> render) {
        ModelAndView view = render.get();
        Map<String, String> values = perVisit.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().get()));
        view.addAllObjects(values);
        try {
            return RenderedPage.render(views, view, values, locale, request, response);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private static void write(
            RenderedPage rendered,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Map<String, Supplier<String>> perVisit) {
        response.setLocale(locale);
        response.setContentType(rendered.contentType());
        if (rendered.etag() != null) {
            // Kept by the browser and asked again with If-None-Match (Spring Security's default is no-store).
            response.setHeader("Cache-Control", "no-cache");
        }
        try {
            rendered.write(request, response, perVisit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static String cookies(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return "";
        }
        return Arrays.stream(cookies)
                .filter(cookie -> !UNSEEN_COOKIES.contains(cookie.getName()))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .sorted()
                .collect(Collectors.joining("; "));
    }
}
