package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CareModeTest {

    @Test
    void theSwitchGoesBackOnlyToAPageOfThisSite() {
        assertThat(CareModeController.sameSite("/track/AB12CD34?rated")).isEqualTo("/track/AB12CD34?rated");
        assertThat(CareModeController.sameSite("//evil.example/x")).isEqualTo("/report");
        assertThat(CareModeController.sameSite("https://evil.example/")).isEqualTo("/report");
        assertThat(CareModeController.sameSite("/\\evil.example")).isEqualTo("/report");
    }

    @Test
    void theChoiceIsACookieForAYearThatTheNextRequestReads() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        CareMode.remember(response, true);

        Cookie cookie = response.getCookie(CareMode.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
        MockHttpServletRequest next = new MockHttpServletRequest();
        next.setCookies(cookie);
        assertThat(CareMode.isOn(next)).isTrue();
        assertThat(CareMode.isOn(new MockHttpServletRequest())).isFalse();
    }

    @Test
    void standardModeForgetsTheCookie() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        CareMode.remember(response, false);

        assertThat(response.getCookie(CareMode.COOKIE).getMaxAge()).isZero();
    }
}
