package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** Group robots answer HTTP 200 even when they refuse a message; the body says so. */
class WebhookRefusalTest {

    @Test
    void aNonZeroErrcodeIsARefusal() {
        assertThat(RobotClient.refusal("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"))
                .hasValue("errcode 45009 api freq out of limit");
        assertThat(RobotClient.refusal("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}"))
                .isPresent();
    }

    @Test
    void errcodeZeroAndOtherAnswersAreDeliveries() {
        assertThat(RobotClient.refusal("{\"errcode\":0,\"errmsg\":\"ok\"}")).isEmpty();
        assertThat(RobotClient.refusal("")).isEmpty();
        assertThat(RobotClient.refusal("ok")).isEmpty();
        assertThat(RobotClient.refusal("{\"status\":\"sent\"}")).isEmpty();
    }

    @Test
    void aFailureIsDescribedByTheFirstMessageAmongItsCauses() {
        // Java's HTTP client reports a refused connection as a ConnectException without a message of its own.
        ConnectException refused = new ConnectException();
        refused.initCause(new ConnectException("Connection refused"));
        assertThat(RobotClient.reason(refused)).isEqualTo("Connection refused");
        assertThat(RobotClient.reason(new HttpTimeoutException("request timed out")))
                .isEqualTo("request timed out");
        assertThat(RobotClient.reason(new ConnectException())).isEqualTo("could not connect");
        assertThat(RobotClient.reason(new IOException())).isEqualTo("IOException");
    }
}
