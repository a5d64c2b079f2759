package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FirstAdminSetupFilterTest {

    private final Accounts accounts = mock(Accounts.class);
    private final FirstAdminSetupFilter filter = new FirstAdminSetupFilter(accounts);

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void withoutAnyAccountEveryPageLeadsToSetup() throws Exception {
        when(accounts.anyExist()).thenReturn(false);
        assertThat(get("/").getRedirectedUrl()).isEqualTo("/setup");
        assertThat(get("/login").getRedirectedUrl()).isEqualTo("/setup");
        assertThat(get("/setup").getRedirectedUrl()).isNull();
        assertThat(get("/css/linju.css").getRedirectedUrl()).isNull();
        assertThat(get("/actuator/health").getRedirectedUrl()).isNull();
    }

    @Test
    void onceAnAccountExistsNothingIsRedirected() throws Exception {
        when(accounts.anyExist()).thenReturn(true);
        assertThat(get("/").getRedirectedUrl()).isNull();
        assertThat(get("/login").getRedirectedUrl()).isNull();
    }
}
