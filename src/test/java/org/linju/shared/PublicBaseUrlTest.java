package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class PublicBaseUrlTest {

    @Test
    void outsideTheDemoAMissingBaseUrlStopsStartUpSayingWhatToSet() {
        assertThatThrownBy(() -> new PublicBaseUrl("", false, 8080))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("linju.public-base-url")
                .hasMessageContaining("LINJU_PUBLIC_BASE_URL");
    }

    @Test
    void aWebAppWithoutTheDemoDoesNotStartWithoutItButTheOneOffCommandsDo() {
        new WebApplicationContextRunner()
                .withUserConfiguration(PublicBaseUrl.class)
                .withPropertyValues("linju.demo.enabled=false")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("linju.public-base-url is not set"));
        new ApplicationContextRunner()
                .withUserConfiguration(PublicBaseUrl.class)
                .withPropertyValues("linju.demo.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PublicBaseUrl.class));
    }

    @Test
    void theDemoFallsBackToLocalhostOnItsPort() {
        assertThat(new PublicBaseUrl("", true, 9090).of("/public/communities/511703001001"))
                .isEqualTo("http://localhost:9090/public/communities/511703001001");
        assertThat(new PublicBaseUrl(" ", true, 0).of("/x"))
                .as("a random test port")
                .isEqualTo("http://localhost:8080/x");
    }

    @Test
    void aConfiguredBaseUrlIsUsedWithoutItsTrailingSlash() {
        assertThat(new PublicBaseUrl("https://linju.example.gov.cn/app/", false, 8080).of("/public/communities/1"))
                .isEqualTo("https://linju.example.gov.cn/app/public/communities/1");
    }

    @Test
    void aBaseUrlThatIsNotAnHttpAddressStopsStartUp() {
        assertThatThrownBy(() -> new PublicBaseUrl("linju.example.gov.cn", false, 8080))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("linju.public-base-url");
        assertThatThrownBy(() -> new PublicBaseUrl("javascript:alert(1)", true, 8080))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("linju.public-base-url");
    }
}
